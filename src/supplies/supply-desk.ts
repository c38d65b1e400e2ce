import type { Locale } from "../core/locale.js";
import type { DbOrTx, Tx } from "../db/database.js";
import { findStaffByName, getPost, type Person, type PersonWithPosts } from "../db/queries/people.js";
import { allSupplyItems, moveStock, type SupplyItem } from "../db/queries/supplies.js";
import { routeToPost } from "../domain/routing.js";
import type { EngineContext } from "../engine/context.js";
import { notifyPeople, postStaff } from "../rooms/booking-notices.js";
import { postName } from "../tickets/ticket-notices.js";
import { isLow } from "./domain/stock-rules.js";
import { type LineReading, readSupplyLine } from "./supply-lines.js";
import { type SuppliesTexts, suppliesTexts } from "./texts/index.js";

/** The flows this service confirms (`service: "supplies"`), in menu order. */
export function suppliesFlows(ctx: EngineContext) {
  return ctx.flows.all().filter((f) => f.service === "supplies");
}

/** The supplies desk: the post the supplies flow is routed to (the directory's `routes` win), e.g. houqin. */
export function deskPostId(ctx: EngineContext): string {
  const flow = suppliesFlows(ctx)[0];
  return flow ? routeToPost(flow.id, flow.post, ctx.directory.routes) : "houqin";
}

export function deskName(ctx: EngineContext, db: DbOrTx, locale: Locale): string {
  return postName(getPost(db, deskPostId(ctx)), locale);
}

/** The desk's members and the office head may change stock and issue. */
export function isDesk(ctx: EngineContext, person: PersonWithPosts): boolean {
  return person.isHead || person.postIds.includes(deskPostId(ctx));
}

export function deskStaff(ctx: EngineContext, db: DbOrTx): Person[] {
  return postStaff(db, deskPostId(ctx));
}

/** The teaching department's approver named in the directory (`supplies_approver`). */
export function teachingApprover(ctx: EngineContext, db: DbOrTx): Person | undefined {
  const name = ctx.directory.supplies_approver;
  return name === undefined ? undefined : findStaffByName(db, name);
}

export function itemName(item: Pick<SupplyItem, "name" | "nameEn">, locale: Locale): string {
  return locale === "en" ? (item.nameEn ?? item.name) : item.name;
}

export function amountOf(item: Pick<SupplyItem, "unit">, quantity: number, locale: Locale): string {
  return suppliesTexts(locale).amount(quantity, item.unit);
}

/** What a line that could not be read means, in words; the catalogue is named for an unknown item. */
export function lineProblem(
  reading: Exclude<LineReading<SupplyItem>, { ok: true }>,
  catalogue: readonly SupplyItem[],
  locale: Locale,
): string {
  const t = suppliesTexts(locale);
  if (reading.problem === "unknown") return t.unknownItem(reading.name, knownNames(catalogue, locale));
  const name = itemName(reading.item, locale);
  if (reading.problem === "wrong-unit") return t.wrongUnit(name, reading.item.unit, reading.unit);
  return reading.problem === "no-quantity"
    ? t.noQuantity(name, reading.item.unit)
    : t.notPositive(name, reading.item.unit);
}

/** "A4纸 需 20包，现有 10包" for every line asking more than the stock; undefined when all are in stock. */
export function shortages(
  lines: readonly { item: SupplyItem; quantity: number }[],
  locale: Locale,
): string | undefined {
  const t = suppliesTexts(locale);
  const short = lines.filter((l) => l.quantity > l.item.stock);
  if (short.length === 0) return undefined;
  return t.list(
    short.map((l) =>
      t.shortLine(
        itemName(l.item, locale),
        amountOf(l.item, l.quantity, locale),
        amountOf(l.item, l.item.stock, locale),
      ),
    ),
  );
}

export function knownNames(catalogue: readonly SupplyItem[], locale: Locale): string {
  return suppliesTexts(locale).list(catalogue.map((i) => itemName(i, locale)));
}

/** Reads "A4纸 20包" against the catalogue, or says what is wrong with it. */
export function readDeskLine(
  db: DbOrTx,
  text: string,
  locale: Locale,
): { ok: true; item: SupplyItem; quantity: number } | { ok: false; reply: string } {
  const catalogue = allSupplyItems(db);
  const reading = readSupplyLine(text, catalogue);
  return reading.ok ? reading : { ok: false, reply: lineProblem(reading, catalogue, locale) };
}

interface StockChange {
  kind: "receive" | "issue" | "stocktake";
  after: number;
  person: Person;
  ticketId?: number;
  flagged?: boolean;
}

/**
 * Sets an item's stock with its movement record, in the turn's transaction. Falling below the minimum alerts
 * the desk once; the alert is armed again when the stock is back at its minimum.
 */
export function changeStock(ctx: EngineContext, tx: Tx, item: SupplyItem, change: StockChange): void {
  const now = ctx.clock();
  const low = isLow(change.after, item.minStock);
  const alertNow = low && item.lowAlertedAt === null;
  const movementId = moveStock(
    tx,
    item,
    {
      kind: change.kind,
      after: change.after,
      personId: change.person.id,
      ticketId: change.ticketId ?? null,
      flagged: change.flagged ?? false,
      at: now,
    },
    low ? (item.lowAlertedAt ?? now) : null,
  );
  if (alertNow) {
    notifyPeople(ctx, tx, deskStaff(ctx, tx), {
      key: `supplies-low:${movementId}`,
      kind: "supplies-low-stock",
      message: (locale) => {
        const t = suppliesTexts(locale);
        return {
          text: t.lowStock(
            itemName(item, locale),
            amountOf(item, change.after, locale),
            amountOf(item, item.minStock, locale),
          ),
        };
      },
    });
  }
}

/** The stock levels by category, low ones marked in words (readable without colour). */
export function stockLines(db: DbOrTx, t: SuppliesTexts, locale: Locale): string[] {
  const items = allSupplyItems(db);
  if (items.length === 0) return [t.emptyCatalogue];
  const lines = [t.stockTitle];
  for (const category of ["office", "teaching"] as const) {
    const group = items.filter((i) => i.category === category);
    if (group.length === 0) continue;
    lines.push(`${t.category[category]}：`.replace("：", locale === "zh" ? "：" : ":"));
    for (const i of group) {
      lines.push(
        `  ${t.stockLine(itemName(i, locale), amountOf(i, i.stock, locale), amountOf(i, i.minStock, locale), isLow(i.stock, i.minStock))}`,
      );
    }
  }
  return lines;
}
