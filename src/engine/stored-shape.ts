/**
 * Hand-written checks of what the engine stored in a conversation row, read on every turn where a schema
 * parse would cost more than the turn's queries. Each caller falls back to restarting, or to its schema, when a
 * check fails.
 */
export type Check = (value: unknown) => boolean;

export const anything: Check = () => true;
export const isString = (value: unknown): value is string => typeof value === "string";
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const arrayOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);

/** An object with these keys only: each of `required` present and passing, each of `optional` absent or passing. */
export const objectOf =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (value) => {
    if (!isRecord(value)) return false;
    for (const key in required) if (!required[key]!(value[key])) return false;
    for (const key in value)
      if (!(key in required) && value[key] !== undefined && !(optional[key]?.(value[key]) ?? false))
        return false;
    return true;
  };
