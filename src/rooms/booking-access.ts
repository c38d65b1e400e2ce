import type { PersonWithPosts } from "../db/queries/people.js";
import type { EngineContext } from "../engine/context.js";
import { bookingPostId } from "./booking-notices.js";

/** Booking decisions (G6) are the office's: members of the ticket's post, or the office head. */
export function mayDecide(person: PersonWithPosts, postId: string): boolean {
  return person.isHead || person.postIds.includes(postId);
}

/** Office-wide booking powers (emergency reallocation): the booking post's members or the office head. */
export function isBookingOffice(ctx: EngineContext, person: PersonWithPosts): boolean {
  const postId = bookingPostId(ctx);
  return person.isHead || (postId !== undefined && mayDecide(person, postId));
}
