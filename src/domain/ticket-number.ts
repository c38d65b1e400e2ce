/**
 * Ticket numbers follow the guide's unified numbering (G1/G11): `<prefix>-YYYYMMDD-001`, the date being the
 * school-local day of creation and the sequence restarting each day.
 *
 * ```ts
 * formatTicketNumber("综合办", "2026-11-27", 3); // "综合办-20261127-003"
 * ```
 */
export function formatTicketNumber(prefix: string, localDate: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`sequence must be ≥ 1, got ${sequence}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(localDate)) throw new RangeError(`expected YYYY-MM-DD, got ${localDate}`);
  return `${prefix}-${localDate.replaceAll("-", "")}-${String(sequence).padStart(3, "0")}`;
}

export interface TicketNumberParts {
  prefix: string;
  localDate: string;
  sequence: number;
  /** The number as it was typed. */
  text: string;
}

const numberPattern = /([^\s\d-][^\s-]{0,11})-(\d{4})(\d{2})(\d{2})-(\d{3,})/u;

/** Finds the first ticket number in free text ("查询 综合办-20261127-003" → its parts). */
export function findTicketNumber(text: string): TicketNumberParts | undefined {
  const match = numberPattern.exec(text);
  if (!match) return undefined;
  const [, prefix, y, m, d, seq] = match;
  return { prefix: prefix!, localDate: `${y}-${m}-${d}`, sequence: Number(seq), text: match[0] };
}

/**
 * The number in its usual form ("综合办-20261127-0003" → "综合办-20261127-003"). A sequence no ticket can have
 * (0, or too long to be a number) stays as typed, so the lookup finds nothing and the person is told so.
 */
export function ticketNumberOf(parts: TicketNumberParts): string {
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1) return parts.text;
  return formatTicketNumber(parts.prefix, parts.localDate, parts.sequence);
}
