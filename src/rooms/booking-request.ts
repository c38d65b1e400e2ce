import { z } from "zod";
import type { BookingRequest } from "../db/queries/bookings.js";
import type { RepeatValue } from "../engine/flow-kit/repeat-field.js";
import type { Values } from "../engine/flow-kit/types.js";

const bookingValues = z.object({
  room: z.string(),
  time: z.object({ start: z.string(), end: z.string() }),
  purpose: z.string(),
  teaching: z.boolean().nullish(),
  attendees: z.number().nullish(),
  equipment: z.array(z.string()).nullish(),
  repeat: z
    .object({
      unit: z.enum(["week", "day"]),
      interval: z.number(),
      count: z.number(),
      skip: z.array(z.string()).optional(),
      skipFor: z.string().optional(),
    })
    .nullish(),
});

/** The room booking a booking flow's values describe (fields room, time, purpose, teaching, attendees, equipment, repeat). */
export function bookingRequestFrom(values: Values): {
  request: BookingRequest;
  repeat: RepeatValue | undefined;
} {
  const v = bookingValues.parse(values);
  return {
    request: {
      roomId: v.room,
      start: new Date(v.time.start),
      end: new Date(v.time.end),
      purpose: v.purpose,
      teaching: v.teaching ?? false,
      attendees: v.attendees ?? null,
      equipment: v.equipment ?? [],
    },
    repeat: v.repeat ?? undefined,
  };
}
