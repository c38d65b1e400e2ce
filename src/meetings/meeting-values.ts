import { z } from "zod";
import type { Values } from "../engine/flow-kit/types.js";

const meetingValues = z.object({
  topic: z.string().optional(),
  time: z.object({ start: z.string(), end: z.string() }),
  place: z.string().nullish(),
  equipment: z.array(z.string()).nullish(),
  materials: z.string().nullish(),
  crossDepartment: z.boolean().nullish(),
  invitees: z.array(z.string()).nullish(),
});

export type MeetingValues = z.infer<typeof meetingValues>;

/** A meeting arrangement's stored values, or undefined when they do not have a meeting's shape. */
export function meetingValuesOf(values: Values | unknown): MeetingValues | undefined {
  const parsed = meetingValues.safeParse(values);
  return parsed.success ? parsed.data : undefined;
}

/** The flows whose confirmation arranges a meeting. */
export const meetingFlowKind = "meeting";
