import type { Locale } from "../../core/locale.js";
import { activeRooms as activeRoomRows } from "../../db/queries/rooms.js";
import type { EngineContext } from "../context.js";
import type { Field, FieldContext, FlowDefinition, RoomInfo, Values } from "../flow-kit/types.js";

export function activeRooms(ctx: EngineContext): readonly RoomInfo[] {
  return activeRoomRows(ctx.db);
}

export function fieldContext(
  ctx: EngineContext,
  locale: Locale,
  values: Values,
  roomList?: readonly RoomInfo[],
): FieldContext {
  return {
    now: ctx.clock(),
    timeZone: ctx.settings.timeZone,
    workStart: ctx.settings.workStart,
    workEnd: ctx.settings.workEnd,
    locale,
    rooms: roomList ?? activeRooms(ctx),
    values,
  };
}

/** Whether a field must be answered (true), may be skipped (false), or does not apply to these values (undefined). */
export function fieldRequirement(field: Field, values: Values): boolean | undefined {
  if (typeof field.required === "boolean") return field.required;
  return field.required(values) ? true : undefined;
}

/**
 * How a stored value reads: through the field's formatter when it still fits the field's schema, otherwise as
 * the raw text it was stored as (a flow changed the field's type since).
 */
export function storedValueText(field: Field, value: unknown, fctx: FieldContext): string {
  const checked = field.schema.safeParse(value);
  if (checked.success) return (field.format as (v: unknown, c: FieldContext) => string)(checked.data, fctx);
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** "地点：教学楼A301" lines for every answered field, in the flow's order. */
export function valueLines(flow: FlowDefinition, values: Values, fctx: FieldContext): string[] {
  const sep = fctx.locale === "zh" ? "：" : ": ";
  return flow.fields
    .filter(
      (f) =>
        values[f.key] !== undefined && values[f.key] !== null && fieldRequirement(f, values) !== undefined,
    )
    .map((f) => `${f.label[fctx.locale]}${sep}${storedValueText(f, values[f.key], fctx)}`);
}
