import ical, { ICalEventStatus } from "ical-generator";
import { roomBookingsBetween } from "../db/queries/bookings.js";
import { getPerson } from "../db/queries/people.js";
import { roomById } from "../db/queries/rooms.js";
import { getTicket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import { bookingTexts } from "./texts/index.js";

export interface RoomFeedOptions {
  /** Days before now the feed still shows (default 30). */
  pastDays?: number;
  /** Days after now the feed shows (default 180). */
  futureDays?: number;
}

const day = 86_400_000;

/**
 * A room's bookings as an iCalendar feed, for subscribing from Outlook, Google or Apple calendars: approved
 * and checked-in bookings CONFIRMED, pending ones TENTATIVE. undefined for an unknown room.
 *
 * ```ts
 * const ics = roomFeed(ctx, "r301"); // "BEGIN:VCALENDAR…"
 * ```
 */
export function roomFeed(
  ctx: EngineContext,
  roomId: string,
  options: RoomFeedOptions = {},
): string | undefined {
  const room = roomById(ctx.db, roomId);
  if (!room) return undefined;
  const locale = ctx.settings.defaultLocale;
  const t = bookingTexts(locale);
  const now = ctx.clock();
  const from = new Date(now.getTime() - (options.pastDays ?? 30) * day);
  const to = new Date(now.getTime() + (options.futureDays ?? 180) * day);
  const name = locale === "en" ? (room.nameEn ?? room.name) : room.name;
  const calendar = ical({ name, prodId: { company: "office-desk", product: "room-bookings" }, ttl: 15 * 60 });
  for (const b of roomBookingsBetween(ctx.db, roomId, from, to)) {
    const ticket = b.ticketId === null ? undefined : getTicket(ctx.db, b.ticketId);
    const requester = getPerson(ctx.db, b.requesterId);
    const pending = b.status === "pending";
    calendar.createEvent({
      id: `booking-${b.id}@office-desk`,
      start: b.startAt,
      end: b.endAt,
      stamp: b.updatedAt,
      summary: pending ? `${b.purpose} (${t.status.pending})` : b.purpose,
      location: `${name}, ${room.building}`,
      status: pending ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      description: [
        ticket?.number,
        requester?.name,
        b.attendees ? t.people(b.attendees) : undefined,
        b.equipment.length > 0 ? t.list(b.equipment) : undefined,
      ]
        .filter(Boolean)
        .join(" · "),
    });
  }
  return calendar.toString();
}
