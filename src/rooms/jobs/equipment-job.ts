import type { EngineContext } from "../../engine/context.js";
import type { Job } from "../../scheduler/job.js";
import { writeAndNotify } from "../../scheduler/queue-messages.js";
import { askEquipmentConfirmations } from "../equipment-confirmation.js";

/**
 * Every half hour in working time: on the working day before a booking, its requester is asked to confirm the
 * equipment it needs (G6); once per booking.
 */
export function bookingEquipmentJob(): Job {
  return {
    name: "booking-equipment",
    schedule: "*/30 * * * *",
    run: (ctx, now) => void confirmEquipmentDayBefore(ctx, now),
  };
}

export function confirmEquipmentDayBefore(ctx: EngineContext, now: Date): number {
  if (!ctx.calendar.isWorkingTime(now)) return 0;
  return writeAndNotify(ctx, (tx) => askEquipmentConfirmations(ctx, tx, now));
}
