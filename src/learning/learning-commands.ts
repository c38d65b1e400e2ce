import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import { adoptExample, getUnsure, learntExampleTexts, recentUnsure } from "../db/queries/traffic.js";
import type { EngineContext } from "../engine/context.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { afterCommandWord } from "../understanding/command-words.js";
import { referralFor, referralPrefix } from "../understanding/referral-table.js";
import { learningTexts } from "./texts/index.js";

export type LearningCommand = { kind: "list" } | { kind: "adopt"; id?: number; service?: string };

const listWords = ["未识别", "unrecognized", "unrecognised"];
const adoptWords = ["采纳", "adopt"];
/** How many unsure messages `未识别` shows at most. */
export const listLimit = 20;

/** `未识别`, `采纳 12 报修`; "采纳建议…" and other sentences are no command. */
export function parseLearning(text: string): LearningCommand | undefined {
  const trimmed = text.trim();
  if (listWords.includes(trimmed.toLowerCase())) return { kind: "list" };
  const rest = afterCommandWord(trimmed, adoptWords)?.trim();
  if (rest === undefined) return undefined;
  if (rest === "") return { kind: "adopt" };
  const m = /^#?(\d+)(?:\s+(.+))?$/su.exec(rest);
  return m ? { kind: "adopt", id: Number(m[1]), ...(m[2] ? { service: m[2].trim() } : {}) } : undefined;
}

/** A class id's name for people: a service's title, or a department's name. */
function className(ctx: EngineContext, id: string, locale: Locale): string {
  const referral = referralFor(id, ctx.understanding.referrals);
  return referral ? referral.department[locale] : (ctx.flows.get(id)?.title[locale] ?? id);
}

/** The class a name given by the head means: a service's title or id, or a department's name or id. */
function classNamed(ctx: EngineContext, name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  const flow = ctx.flows.byTitle(name) ?? ctx.flows.get(wanted);
  if (flow) return flow.id;
  const referral = ctx.understanding.referrals.find((r) =>
    [r.id, `${referralPrefix}${r.id}`, r.department.zh, r.department.en.toLowerCase()].includes(wanted),
  );
  return referral ? `${referralPrefix}${referral.id}` : undefined;
}

function serviceNames(ctx: EngineContext, locale: Locale): string {
  const names = [
    ...ctx.flows.all().map((f) => f.title[locale]),
    ...ctx.understanding.referrals.map((r) => r.department[locale]),
  ];
  return names.join(locale === "zh" ? "、" : ", ");
}

function list(scope: CommandScope): CommandOutcome {
  const { ctx, locale } = scope;
  const t = learningTexts(locale);
  const rows = recentUnsure(scope.tx, listLimit);
  if (rows.length === 0) return say(t.none);
  const sep = locale === "zh" ? "／" : " / ";
  const lines = rows.map((row) => {
    const guess = row.candidates
      .map((c) => `${className(ctx, c.id, locale)} ${Math.round(c.probability * 100)}%`)
      .join(sep);
    const when = DateTime.fromJSDate(row.at, { zone: ctx.settings.timeZone }).toFormat("MM-dd HH:mm");
    return t.line(
      row.id,
      when,
      row.text,
      guess || t.noGuess,
      row.picked ? className(ctx, row.picked, locale) : null,
      row.adoptedAs ? className(ctx, row.adoptedAs, locale) : null,
    );
  });
  return say([t.title(rows.length), ...lines].join("\n"));
}

function adopt(scope: CommandScope, id?: number, name?: string): CommandOutcome {
  const { ctx, locale } = scope;
  const t = learningTexts(locale);
  if (id === undefined || name === undefined) return say(t.usage(serviceNames(ctx, locale)));
  const source = getUnsure(scope.tx, id);
  if (!source) return say(t.notFound(id));
  const classId = classNamed(ctx, name);
  if (!classId || !ctx.understanding.knows(classId))
    return say(t.unknownService(name, serviceNames(ctx, locale)));
  adoptExample(scope.tx, source, classId, scope.person.id, ctx.clock());
  // Training takes a few hundred milliseconds; adoptions are rare, so the running model is replaced at once.
  const started = performance.now();
  ctx.understanding = ctx.understanding.retrain(learntExampleTexts(scope.tx));
  const ms = Math.round(performance.now() - started);
  ctx.log.info({ id, classId, ms }, "adopted an example; intent model retrained");
  return say(t.adopted(id, source.text, className(ctx, classId, locale), ms));
}

/** The office head's view of traffic the bot was unsure of, and adopting a message as an example. */
export function runLearning(scope: CommandScope, command: LearningCommand): CommandOutcome {
  if (!scope.person.isHead) return say(learningTexts(scope.locale).headOnly);
  return command.kind === "list" ? list(scope) : adopt(scope, command.id, command.service);
}
