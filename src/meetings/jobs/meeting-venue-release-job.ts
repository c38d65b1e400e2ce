import { updateBooking } from "../../db/queries/bookings.js";
import { venuesHeldFor } from "../../db/queries/meetings.js";
import type { EngineContext } from "../../engine/context.js";
import { tellWaitlist } from "../../rooms/booking-waitlist.js";
import type { Job } from "../../scheduler/job.js";
import { writeAndNotify } from "../../scheduler/queue-messages.js";

/** A meeting in one of these states no longer needs its room. */
const endedWithoutMeeting = ["cancelled", "refused", "referred"] as const;

/**
 * Every minute: the venue of a meeting arrangement that was withdrawn, refused or referred is released, and
 * anyone on the room's waitlist for that time is told, as for a cancelled booking.
 */
export function meetingVenueReleaseJob(): Job {
  return {
    name: "meeting-venue-release",
    schedule: "* * * * *",
    run: (ctx, now) => void releaseUnusedVenues(ctx, now),
  };
}

export function releaseUnusedVenues(ctx: EngineContext, now: Date): number {
  let released = 0;
  writeAndNotify(ctx, (tx) => {
    let told = 0;
    for (const booking of venuesHeldFor(tx, endedWithoutMeeting)) {
      updateBooking(tx, booking.id, { status: "cancelled", cancelCause: "requester" }, now);
      released++;
      told += tellWaitlist(ctx, tx, booking.roomId, { start: booking.startAt, end: booking.endAt });
    }
    return told;
  });
  return released;
}
