import { z } from "zod";
import type { FormState } from "./form-runtime/form-runtime.js";
import { anything, arrayOf, isString, objectOf } from "./stored-shape.js";

const choice = z.object({
  label: z.string(),
  value: z.string(),
  style: z.enum(["primary", "danger"]).optional(),
});

/**
 * What the engine keeps between messages besides the flow's values, as stored. The form part is read by the
 * form runtime (`isResumable`), which restarts a flow whose form no longer fits; everything else is read here.
 */
const storedState = z.object({
  form: z.unknown().optional(),
  /** Numbered options last shown, so "2" means the second one. */
  offered: z.array(choice).optional(),
  /** A service waiting for the sender's next message (the note "完成 X" needs, a rating comment). */
  awaiting: z.object({ service: z.string(), data: z.unknown() }).optional(),
  /** A clarifying question ("您是要：1. 报修 2. 投诉与建议") waiting for its answer. */
  choosing: z.object({ text: z.string(), offered: z.array(z.string()) }).optional(),
  /** The form's service already answered before confirming (`Service.precheck`); it is not asked again. */
  prechecked: z.boolean().optional(),
  /** The unsure first message recorded for the last clarifying question or short menu (`未识别`). */
  unsureId: z.number().int().optional(),
  /** A new request typed mid-flow, waiting for "continue" or "switch". */
  switching: z.object({ text: z.string(), flowId: z.string() }).optional(),
});

export type ConversationState = Omit<z.infer<typeof storedState>, "form"> & { form?: FormState | unknown };

/**
 * Reads a conversation's stored state; undefined when it cannot be read (the caller restarts the conversation
 * with an apology). Keys it does not know, from older versions, are dropped.
 *
 * ```ts
 * readConversationState({ offered: [{ label: "报修", value: "报修" }] }); // { offered: [...] }
 * readConversationState({ offered: "2" }); // undefined
 * ```
 */
export function readConversationState(stored: unknown): ConversationState | undefined {
  if (isStoredAsIs(stored)) return stored;
  const parsed = storedState.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Whether a stored state is one `storedState` would give back unchanged, checked by hand: the schema above, read
 * on every turn, is the slower way; a state this refuses (unknown keys from an older version, or wrong) still
 * goes through it.
 */
const isStoredAsIs = objectOf(
  {},
  {
    form: anything,
    offered: arrayOf(
      objectOf({ label: isString, value: isString }, { style: (v) => v === "primary" || v === "danger" }),
    ),
    awaiting: objectOf({ service: isString }, { data: anything }),
    choosing: objectOf({ text: isString, offered: arrayOf(isString) }),
    prechecked: (v) => typeof v === "boolean",
    unsureId: Number.isInteger,
    switching: objectOf({ text: isString, flowId: isString }),
  },
) as (value: unknown) => value is ConversationState;
