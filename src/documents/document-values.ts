import { z } from "zod";
import type { Values } from "../engine/flow-kit/types.js";

const documentValues = z.object({
  direction: z.enum(["receive", "send", "archive"]),
  title: z.string(),
  referenceNo: z.string().nullish(),
  sendingUnit: z.string().nullish(),
  recipient: z.string().nullish(),
  classification: z.string(),
  pages: z.number(),
  deadline: z.string().nullish(),
});

export type DocumentValues = z.infer<typeof documentValues>;

/** A document request's stored values, or undefined when they do not have a document's shape. */
export function documentValuesOf(values: Values | unknown): DocumentValues | undefined {
  const parsed = documentValues.safeParse(values);
  return parsed.success ? parsed.data : undefined;
}
