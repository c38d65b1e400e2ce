import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import type { DbOrTx } from "../db/database.js";
import { officeHeads, type Person } from "../db/queries/people.js";
import { allSupplyItems, issuedSince, type SupplyItem } from "../db/queries/supplies.js";
import type { EngineContext } from "../engine/context.js";
import { instantText } from "../rooms/booking-format.js";
import { notifyPeople } from "../rooms/booking-notices.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { differencePercent, stocktakeFlagged, suggestedPurchase } from "./domain/stock-rules.js";
import {
  amountOf,
  changeStock,
  deskName,
  isDesk,
  itemName,
  readDeskLine,
  stockLines,
} from "./supply-desk.js";
import { suppliesTexts } from "./texts/index.js";

export const stocktakeAwaiting = "stocktake";

/** `库存` / `stock`: anyone may look. */
export function showStock(scope: CommandScope): CommandOutcome {
  return say(stockLines(scope.tx, suppliesTexts(scope.locale), scope.locale).join("\n"));
}

function deskOnly(scope: CommandScope): CommandOutcome | undefined {
  const { ctx, tx, person, locale } = scope;
  return isDesk(ctx, person) ? undefined : say(suppliesTexts(locale).notDesk(deskName(ctx, tx, locale)));
}

/** `入库 A4纸 20包`: stock received. */
export function receiveStock(scope: CommandScope, rest: string): CommandOutcome {
  const refused = deskOnly(scope);
  if (refused) return refused;
  const t = suppliesTexts(scope.locale);
  if (!rest.trim()) return say(t.receiveUsage);
  const line = readDeskLine(scope.tx, rest, scope.locale);
  if (!line.ok) return say(line.reply);
  const { item, quantity } = line;
  const after = item.stock + quantity;
  changeStock(scope.ctx, scope.tx, item, { kind: "receive", after, person: scope.person });
  return say(
    t.received(
      t.itemAmount(itemName(item, scope.locale), quantity, item.unit),
      amountOf(item, after, scope.locale),
    ),
  );
}

/** `盘点 A4纸 18包`: one counted item; without an item the short stocktake conversation starts. */
export function countStock(scope: CommandScope, rest: string): CommandOutcome {
  const refused = deskOnly(scope);
  if (refused) return refused;
  const t = suppliesTexts(scope.locale);
  if (!rest.trim()) {
    const left = allSupplyItems(scope.tx).map((i) => i.id);
    return {
      replies: [{ text: t.stocktakeStart(bookLines(scope.tx, left, scope.locale)) }],
      awaiting: { service: "supplies", data: { kind: stocktakeAwaiting, left } },
    };
  }
  const line = readDeskLine(scope.tx, rest, scope.locale);
  if (!line.ok) return say(line.reply);
  return say(recordCount(scope, line.item, line.quantity));
}

/**
 * The stocktake conversation's next message: one or more "item count" lines, or "结束". Anything that is not
 * a count while a new request starts goes back to the engine.
 */
export function continueStocktake(
  scope: CommandScope,
  data: { left: number[] },
  text: string,
  startsSomething: boolean,
): CommandOutcome | undefined {
  const t = suppliesTexts(scope.locale);
  if (
    [...t.endWords, ...suppliesTexts(scope.locale === "zh" ? "en" : "zh").endWords].includes(
      text.trim().toLowerCase(),
    )
  )
    return say(t.stocktakeStopped(data.left.length));
  const lines = text
    .split(/\n|；|;/)
    .map((l) => l.trim())
    .filter(Boolean);
  const readings = lines.map((l) => readDeskLine(scope.tx, l, scope.locale));
  if (startsSomething && !readings.some((r) => r.ok)) return undefined;
  const replies: string[] = [];
  let left = data.left;
  for (const r of readings) {
    if (!r.ok) {
      replies.push(r.reply);
      continue;
    }
    replies.push(recordCount(scope, r.item, r.quantity));
    left = left.filter((id) => id !== r.item.id);
  }
  if (left.length === 0) return say([...replies, t.stocktakeDone].join("\n"));
  return {
    replies: [{ text: [...replies, t.stocktakeLeft(bookLines(scope.tx, left, scope.locale))].join("\n") }],
    awaiting: { service: "supplies", data: { kind: stocktakeAwaiting, left } },
  };
}

function bookLines(db: DbOrTx, ids: readonly number[], locale: Locale): string {
  const t = suppliesTexts(locale);
  return allSupplyItems(db)
    .filter((i) => ids.includes(i.id))
    .map((i) => `  ${t.bookLine(itemName(i, locale), amountOf(i, i.stock, locale))}`)
    .join("\n");
}

/** Sets the stock to the count, recorded with who and when; over 3 % from the book goes to the office head. */
function recordCount(scope: CommandScope, item: SupplyItem, counted: number): string {
  const { ctx, tx, person, locale } = scope;
  const t = suppliesTexts(locale);
  const book = item.stock;
  const flagged = stocktakeFlagged(book, counted);
  changeStock(ctx, tx, item, { kind: "stocktake", after: counted, person, flagged });
  const percent = differencePercent(book, counted);
  if (flagged) tellHead(ctx, tx, item, { book, counted, percent, who: person });
  return t.counted(
    itemName(item, locale),
    amountOf(item, book, locale),
    amountOf(item, counted, locale),
    t.diff(percent),
    flagged,
  );
}

function tellHead(
  ctx: EngineContext,
  tx: DbOrTx,
  item: SupplyItem,
  c: { book: number; counted: number; percent: number | undefined; who: Person },
) {
  const now = ctx.clock();
  notifyPeople(ctx, tx, officeHeads(tx), {
    key: `supplies-stocktake-flag:${item.id}:${now.getTime()}`,
    kind: "supplies-stocktake-difference",
    message: (locale) => {
      const t = suppliesTexts(locale);
      return {
        text: t.flaggedToHead(
          itemName(item, locale),
          amountOf(item, c.book, locale),
          amountOf(item, c.counted, locale),
          t.diff(c.percent),
          c.who.name,
          instantText(ctx, now, locale),
        ),
      };
    },
  });
}

/**
 * The quarterly purchase list: per item, usage is what was issued in the three months before `now`, taken as
 * next quarter's expected usage; suggested = max(0, minimum + usage − current stock).
 */
export function purchaseList(ctx: EngineContext, db: DbOrTx, locale: Locale): string {
  const t = suppliesTexts(locale);
  const now = DateTime.fromJSDate(ctx.clock(), { zone: ctx.settings.timeZone });
  const from = now.minus({ months: 3 });
  const used = issuedSince(db, from.toJSDate());
  const lines = allSupplyItems(db).flatMap((i) => {
    const usage = used.get(i.id) ?? 0;
    const buy = suggestedPurchase(i.minStock, usage, i.stock);
    if (buy === 0) return [];
    const a = (n: number) => amountOf(i, n, locale);
    return [`  ${t.purchaseLine(itemName(i, locale), a(i.stock), a(i.minStock), a(usage), a(buy))}`];
  });
  const day = (d: DateTime) => d.toFormat("yyyy-MM-dd");
  return [t.purchaseTitle(day(from), day(now)), ...(lines.length > 0 ? lines : [`  ${t.nothingToBuy}`])].join(
    "\n",
  );
}

/** `采购清单`: the desk and the head. */
export function showPurchaseList(scope: CommandScope): CommandOutcome {
  return deskOnly(scope) ?? say(purchaseList(scope.ctx, scope.tx, scope.locale));
}
