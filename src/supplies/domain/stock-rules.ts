/**
 * The supplies desk's stock rules (G8), pure: low stock, the monthly stocktake's 3 % tolerance and the
 * quarterly purchase suggestion.
 */

/** Below its minimum (at the minimum is still enough). */
export function isLow(stock: number, minimum: number): boolean {
  return stock < minimum;
}

/**
 * G8: the book and the counted stock may differ by at most 3 %; more is flagged to the office head. Compared
 * in whole numbers (|counted − book| × 100 > 3 × book), so exactly 3 % is not flagged. An item the book says
 * is out of stock is flagged when any is counted.
 */
export function stocktakeFlagged(book: number, counted: number): boolean {
  return Math.abs(counted - book) * 100 > 3 * book;
}

/** The difference as a percentage of the book value, one decimal (for the head's message). */
export function differencePercent(book: number, counted: number): number | undefined {
  if (book === 0) return undefined;
  return Math.round((Math.abs(counted - book) * 1000) / book) / 10;
}

/**
 * The quarterly purchase suggestion: enough to cover the next quarter's expected usage (the last quarter's)
 * and still hold the minimum at its end: max(0, minimum + expected usage − current stock).
 */
export function suggestedPurchase(minimum: number, expectedUsage: number, current: number): number {
  return Math.max(0, minimum + expectedUsage - current);
}
