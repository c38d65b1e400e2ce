import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import type { DbOrTx } from "../db/database.js";
import { publishedBetween } from "../db/queries/notices.js";
import type { EngineContext } from "../engine/context.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { channelName } from "./notice-parts.js";
import { noticeTexts } from "./texts/index.js";

export type DigestPeriod = "week" | "month";

export interface DigestSpan {
  from: Date;
  to: Date;
  label: "digestWeek" | "digestMonth" | "digestLastWeek" | "digestLastMonth";
}

/** The current week or month up to now (on demand), or the one just ended (the scheduled digest). */
export function digestSpan(ctx: EngineContext, now: Date, period: DigestPeriod, ended: boolean): DigestSpan {
  const unit = period === "week" ? "week" : "month";
  const here = DateTime.fromJSDate(now, { zone: ctx.settings.timeZone });
  const start = here.startOf(unit);
  if (!ended)
    return {
      from: start.toJSDate(),
      to: new Date(now.getTime() + 1),
      label: period === "week" ? "digestWeek" : "digestMonth",
    };
  return {
    from: start.minus({ [unit]: 1 }).toJSDate(),
    to: start.toJSDate(),
    label: period === "week" ? "digestLastWeek" : "digestLastMonth",
  };
}

/** G4: the department news of a span, from the notices published in it. */
export function newsDigestText(ctx: EngineContext, db: DbOrTx, span: DigestSpan, locale: Locale): string {
  const t = noticeTexts(locale);
  const day = (at: Date) =>
    DateTime.fromJSDate(at, { zone: ctx.settings.timeZone }).toFormat(locale === "zh" ? "M月d日" : "d LLL");
  const lastDay = new Date(span.to.getTime() - 1);
  const rows = publishedBetween(db, span.from, span.to);
  const lines = rows.map(({ notice, number }) =>
    t.digestLine(
      day(notice.publishedAt ?? span.from),
      notice.title,
      t.list(notice.channels.map((c) => channelName(ctx, "notice", c, locale))),
      number,
    ),
  );
  return [
    t.digestTitle(t[span.label], day(span.from), day(lastDay)),
    ...(lines.length > 0 ? [...lines, t.digestCount(lines.length)] : [t.digestEmpty]),
  ].join("\n");
}

/** "新闻汇总" (this week so far) or "新闻汇总 本月". */
export function newsDigestCommand(scope: CommandScope, period: DigestPeriod): CommandOutcome {
  const span = digestSpan(scope.ctx, scope.ctx.clock(), period, false);
  return say(newsDigestText(scope.ctx, scope.tx, span, scope.locale));
}
