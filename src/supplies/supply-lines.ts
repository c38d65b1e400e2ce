import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from "../understanding/parsers/numbers.js";

/** What the reader needs of a catalogue item. */
export interface CatalogueEntry {
  id: number;
  name: string;
  nameEn?: string | null;
  aliases: readonly string[];
  unit: string;
}

export type LineReading<I extends CatalogueEntry> =
  | { ok: true; item: I; quantity: number }
  | { ok: false; problem: "unknown"; name: string }
  | { ok: false; problem: "no-quantity" | "not-positive"; item: I }
  | { ok: false; problem: "wrong-unit"; item: I; unit: string };

const measure = "支|枝|包|个|盒|本|张|箱|瓶|卷|把|套|件|只|份|袋|令|块|根|桶|台|副";
const amount = new RegExp(
  `([-−－]|负)?\\s*(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)\\s*(${measure})?`,
  "gu",
);

const trailingAmount = new RegExp(
  `[×x*]?\\s*(?:[-−－]|负)?\\s*(?:\\d+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:${measure})?$`,
  "u",
);

/** The item as written, without its quantity: "订书机1个" → "订书机". */
function withoutAmount(text: string): string {
  const s = text.normalize("NFKC").trim();
  return s.replace(trailingAmount, "").trim() || s;
}

/** Lowercase, NFKC, no spaces or "×": how names are compared. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s×x*]+/g, "");
}

/** The catalogue item a text names: the longest name, English name or alias found in it. */
export function findCatalogueItem<I extends CatalogueEntry>(
  text: string,
  catalogue: readonly I[],
): { item: I; key: string } | undefined {
  const norm = normalizeName(text);
  let best: { item: I; key: string } | undefined;
  for (const item of catalogue) {
    for (const name of [item.name, item.nameEn ?? "", ...item.aliases]) {
      const key = normalizeName(name);
      if (key !== "" && norm.includes(key) && (!best || key.length > best.key.length)) best = { item, key };
    }
  }
  return best;
}

/**
 * One "item and quantity" as people write it: "A4纸2包", "签字笔×10", "两盒粉笔", "A4纸 20包". The quantity must be
 * a whole number above zero in the item's unit (or with no unit).
 */
export function readSupplyLine<I extends CatalogueEntry>(
  text: string,
  catalogue: readonly I[],
): LineReading<I> {
  const found = findCatalogueItem(text, catalogue);
  const norm = normalizeName(text);
  // Without the item's name, "A4纸2包" leaves "2包": the paper size is no quantity.
  const rest = found ? norm.replace(found.key, " ") : norm;
  const amounts = [...rest.matchAll(amount)].filter((m) => parseChineseNumber(m[2]!) !== undefined);
  const last = amounts.at(-1);
  if (!found) return { ok: false, problem: "unknown", name: withoutAmount(text) };
  const { item } = found;
  if (!last) return { ok: false, problem: "no-quantity", item };
  const value = parseChineseNumber(last[2]!)!;
  if (last[1] || value <= 0 || !Number.isInteger(value)) return { ok: false, problem: "not-positive", item };
  if (last[3] && last[3] !== item.unit) return { ok: false, problem: "wrong-unit", item, unit: last[3] };
  return { ok: true, item, quantity: value };
}
