import type { z } from "zod";
import type { Locale, Message } from "../../core/locale.js";
import type { FieldKind } from "../../core/messages.js";
import type { WorkingSpan } from "../../domain/sla-calendar.js";
import type { Priority } from "../../domain/ticket-queue.js";
import type { Milestone } from "../../domain/ticket-status.js";
import type { ParseResult } from "../../understanding/parsers/parse-result.js";
import type { Cue } from "./fact-sources.js";

export type { FieldKind, Locale, Message, ParseResult };

/** A text in both languages; every user-facing string of a flow is one of these. */
export type Text = Message;

export type Values = Record<string, unknown>;

export interface RoomInfo {
  id: string;
  name: string;
  nameEn?: string | null;
  building: string;
  capacity: number;
  equipment: readonly string[];
  aliases: readonly string[];
}

/** What a field parser may know about the world: now, the school's zone and hours, the rooms. */
export interface FieldContext {
  now: Date;
  timeZone: string;
  workStart: string;
  workEnd: string;
  locale: Locale;
  rooms: readonly RoomInfo[];
  values: Values;
}

export interface ChoiceOption {
  value: string;
  label: Text;
  /** Extra words that select this option in free text ("空调" → major repair). */
  words?: readonly string[];
  /** A cue in the opening message that selects this option ("suggestion", "incomingDocument"). */
  when?: Cue;
  /** Taken when options have cues and none holds (a complaint unless it reads as a suggestion). */
  otherwise?: boolean;
  /** In a several-at-once field (`choices`), stands for every other option ("全部渠道"). */
  everything?: boolean;
}

export interface Field<T = unknown> {
  key: string;
  kind: FieldKind;
  label: Text;
  prompt: Text;
  help: Text;
  example: Text;
  /** Required, optional, or required depending on the values so far (e.g. leader sign-off only for major notices). */
  required: boolean | ((values: Values) => boolean);
  /** Final validation of a parsed value. */
  schema: z.ZodType<T>;
  /** Parses a direct answer to this field's question. `undefined` means "not an answer to this field". */
  parse(text: string, ctx: FieldContext): ParseResult<T> | undefined;
  /** Picks this field's value out of free text when the conversation starts; only confident matches. */
  extract?(text: string, ctx: FieldContext): T | undefined;
  /** How the value reads in the review summary. */
  format(value: T, ctx: FieldContext): string;
  options?: readonly ChoiceOption[];
  /** Taken at the start when the opening message says nothing about it (a complaint unless it reads as a suggestion). */
  fallback?: T;
  /** Default value used when the field is optional and left empty. */
  defaultValue?: T;
}

export interface SlaTarget {
  milestone: Milestone;
  within: WorkingSpan;
}

export interface FlowDefinition {
  id: string;
  version: number;
  title: Text;
  /** Position in the service menu (smaller first; then by id). */
  order?: number;
  /** One line under the title in the menu. */
  description: Text;
  /** Words that on their own point to this service ("报修", "repair"); a strong feature of the intent model. */
  intents: readonly string[];
  /** At least 40 things people say to ask for it, in Chinese and English; the intent model is trained on them. */
  examples: readonly string[];
  /** Post id handling it unless the directory's routes say otherwise (G13). */
  post: string;
  fields: readonly Field[];
  sla(values: Values): readonly SlaTarget[];
  priority(values: Values): Priority;
  /** One line for lists and notices, e.g. "教学楼A301 投影仪不亮"; `ctx` resolves room ids to names. */
  summary(values: Values, ctx: FieldContext): string;
  /** Checks across fields before the review (e.g. enough attendees for the room); a message means "fix this". */
  check?(values: Values, ctx: FieldContext): { field: string; error: Text } | undefined;
  /** Photos and files sent while it is filled in are kept with the ticket (G11: at most 5 MB each). */
  acceptsAttachments?: boolean;
  /** Its details are never shown in a group chat; the conversation moves to a private chat (complaints). */
  confidential?: boolean;
  /**
   * Its tickets are complaints for the error rate (G16): all of them (`true`), or those whose choice field has
   * this value (`{ field: "kind", value: "complaint" }`, so suggestions are not counted).
   */
  complaint?: true | { field: string; value: string };
  /** What confirming it makes ("ticket", "booking", …); the service uses it to find its flows. */
  creates: string;
  /** The service that confirms it and handles its tickets (default "tickets"; "rooms" for bookings). */
  service?: string;
  /**
   * The fields that identify "the same problem" (a place field and the field describing what is wrong): a new
   * request matching an open ticket of this flow on both is answered with that ticket before a second is made.
   */
  sameProblem?: { place: string; object: string };
  /** Extra line told to the requester after creation (e.g. where to collect supplies). */
  afterCreate?(values: Values): Text | undefined;
}
