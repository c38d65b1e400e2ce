import type { EngineContext } from "../../engine/context.js";
import type { Job } from "../../scheduler/job.js";
import { writeAndNotify } from "../../scheduler/queue-messages.js";
import { resolveFinishedBookings } from "../finished-bookings.js";

/** Every quarter hour: booking requests whose booked time is over are resolved and their rating poll sent. */
export function bookingFinishedJob(): Job {
  return {
    name: "booking-finished",
    schedule: "*/15 * * * *",
    run: (ctx, now) => void finishBookings(ctx, now),
  };
}

export function finishBookings(ctx: EngineContext, now: Date): number {
  return writeAndNotify(ctx, (tx) => resolveFinishedBookings(ctx, tx, now));
}
