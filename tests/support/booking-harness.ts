import { eq } from "drizzle-orm";
import type { Reply } from "../../src/core/messages.js";
import type { Booking } from "../../src/db/queries/bookings.js";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { bookings } from "../../src/db/schema.js";
import type { Job } from "../../src/scheduler/job.js";
import { type EngineHarness, wall } from "./engine-harness.js";

export interface BookingForm {
  /** What the requester types for the room, e.g. "301" or "报告厅". */
  room: string;
  /** A time range as typed, e.g. "11月30日14:00-15:30". */
  time: string;
  purpose?: string;
  teaching?: boolean;
  attendees?: number;
  equipment?: string;
  /** E.g. "每周 共8周". */
  repeat?: string;
}

/** The booking flow's fields as `字段: 值` lines, so one message reaches the review. */
export function bookingLines(f: BookingForm): string {
  return [
    `场地: ${f.room}`,
    `使用时间: ${f.time}`,
    ...(f.repeat ? [`重复: ${f.repeat}`] : []),
    `用途: ${f.purpose ?? "教研活动"}`,
    `教学活动: ${f.teaching ? "是" : "否"}`,
    `人数: ${f.attendees ?? 10}`,
    `所需设备: ${f.equipment ?? "无"}`,
  ].join("\n");
}

export interface Submitted {
  /** The replies to "确认". */
  replies: Reply[];
  text: string;
  /** The ticket number, or undefined when nothing was created. */
  number: string | undefined;
}

/** A teacher fills the booking form in one message and confirms it. */
export function submitBooking(h: EngineHarness, who: string, f: BookingForm): Submitted {
  const user = h.user(who);
  const review = user.say(bookingLines(f));
  if (!review.includes("请核对")) throw new Error(`booking form did not reach the review:\n${review}`);
  const replies = user.send("确认");
  const text = replies.map((r) => r.text).join("\n\n");
  return { replies, text, number: /已受理，工单号：(\S+?)。/.exec(text)?.[1] };
}

/** Like `submitBooking`, but fails the test unless a ticket was created; returns its number. */
export function book(h: EngineHarness, who: string, f: BookingForm): string {
  const result = submitBooking(h, who, f);
  if (!result.number) throw new Error(`booking was not created:\n${result.text}`);
  return result.number;
}

export function bookingsOf(h: EngineHarness, number: string): Booking[] {
  const ticket = getTicketByNumber(h.db, number);
  if (!ticket) throw new Error(`no ticket ${number}`);
  return h.db.select().from(bookings).where(eq(bookings.ticketId, ticket.id)).orderBy(bookings.startAt).all();
}

/** [room, start, end, status] of each booking, with school wall times. */
export function described(rows: readonly Booking[]): [string, string, string, string][] {
  return rows.map((b) => [b.roomId, wall(b.startAt), wall(b.endAt), b.status]);
}

/** Runs a job as the scheduler would, at the harness clock's current time. */
export async function runJob(h: EngineHarness, job: Job): Promise<void> {
  await job.run(h.app.context, h.clock.read());
}
