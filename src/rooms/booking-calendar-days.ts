import type { EngineContext } from "../engine/context.js";
import type { DayKind } from "./domain/booking-recurrence.js";

/** How the school calendar (holidays, make-up days, the directory's overrides) sees a local date. */
export function dayKindOf(ctx: EngineContext): (localDate: string) => DayKind {
  return (localDate) => {
    const info = ctx.calendar.dayInfo(localDate);
    if (info.working) return "working";
    return info.reason === "weekend" ? "weekend" : "holiday";
  };
}
