import type { EngineContext } from "../engine/context.js";
import { findRoom } from "../engine/flow-kit/fields.js";
import type { RoomInfo } from "../engine/flow-kit/types.js";
import { activeRooms } from "../engine/form-runtime/field-context.js";
import { parseTimeRange, type TimeRange } from "../understanding/parsers/date-time.js";
import type { ParseResult } from "../understanding/parsers/parse-result.js";

export interface RoomTimeArgs {
  room: RoomInfo | undefined;
  /** undefined when the text names no time at all. */
  slot: ParseResult<TimeRange> | undefined;
  /** Words after the room and the time ("消防演练"). */
  rest: string;
}

/**
 * Reads "<room> <time> [words]" as typed after a command: "报告厅 明天9:00-12:00 消防演练". The trailing words
 * are those that change neither the room nor the time when left out.
 */
export function readRoomTime(ctx: EngineContext, text: string): RoomTimeArgs {
  const rooms = activeRooms(ctx);
  const timeContext = {
    now: ctx.clock(),
    timeZone: ctx.settings.timeZone,
    workStart: ctx.settings.workStart,
    workEnd: ctx.settings.workEnd,
  };
  const room = findRoom(text, rooms);
  const slot = parseTimeRange(text, timeContext);
  if (!slot?.ok) return { room, slot, rest: "" };
  const tokens = text.trim().split(/\s+/);
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens.slice(0, k).join(" ");
    const same = parseTimeRange(head, timeContext);
    const sameTime =
      same?.ok &&
      same.value.start.getTime() === slot.value.start.getTime() &&
      same.value.end.getTime() === slot.value.end.getTime();
    if (sameTime && findRoom(head, rooms)?.id === room?.id)
      return { room, slot, rest: tokens.slice(k).join(" ") };
  }
  return { room, slot, rest: "" };
}
