import { z } from "zod";
import type { Locale } from "./locale.js";

/** The kind of answer a form field takes; a channel may offer a matching widget. */
export type FieldKind =
  | "text"
  | "choice"
  | "yesno"
  | "datetime"
  | "timerange"
  | "date"
  | "count"
  | "room"
  | "list";

export type ChannelName = "slack" | "wechat" | "console";

/** Who sent a message, as the channel knows them. */
export interface Sender {
  channel: ChannelName;
  /** Slack user id, WeChat contact id, or the console identity's name. */
  userId: string;
  displayName?: string | undefined;
  wechatAlias?: string | undefined;
  wechatName?: string | undefined;
}

export interface InboundAttachment {
  kind: "image" | "file";
  name: string;
  mimeType: string;
  data: Buffer;
}

export interface Inbound {
  sender: Sender;
  text: string;
  /** Slack thread ts where the conversation lives in a thread. */
  threadId?: string | undefined;
  /** The channel's id for this delivery, for persisted de-duplication (Slack event id, WeChat message id). */
  eventId?: string | undefined;
  attachments?: readonly InboundAttachment[] | undefined;
  /** Sent in a group chat: the engine keeps complaint details out of the reply. */
  inGroup?: boolean | undefined;
}

/** An option the user can pick; sending `value` as text has the same effect as pressing it. */
export interface Choice {
  label: string;
  value: string;
  style?: "primary" | "danger" | undefined;
}

/**
 * What a reply is, so a channel can lay it out without reading its text: the service menu, a form's question,
 * the review before 确认, the receipt after it, an answer to a command or question, or a short notice (an
 * error, a note that something moved to a private chat).
 */
export type ReplyKind = "menu" | "question" | "review" | "receipt" | "answer" | "notice";

/** A ticket's stored file a reply sends back (by its id, so the reply stays small in the outbox). */
export interface FileRef {
  attachmentId: number;
  name: string;
  mimeType: string;
  /** What it belongs to (a ticket number); a channel that saves files keeps them in a folder of that name. */
  folder?: string | undefined;
}

/** A file as a channel sends it: Slack uploads it, WeChat sends it, the console saves it. */
export interface OutgoingFile extends Omit<FileRef, "attachmentId"> {
  data: Buffer;
}

/** A reply as the engine's parts write it; the engine adds the language and a kind when it is missing. */
export interface ReplyDraft {
  text: string;
  choices?: readonly Choice[] | undefined;
  /** Send privately to the sender, never into the group chat it came from (complaint details). */
  private?: boolean | undefined;
  /** The field this reply asks for, so a channel can offer a matching widget (e.g. Slack's date picker). */
  field?: { key: string; kind: FieldKind } | undefined;
  /** What it is; the engine marks an unmarked one as an answer. */
  kind?: ReplyKind | undefined;
  /** Files sent with the reply, after its text. */
  files?: readonly FileRef[] | undefined;
}

/** A reply to the sender, in the language it is written in and saying what it is. */
export interface Reply extends ReplyDraft {
  locale: Locale;
  kind: ReplyKind;
}

/** A reply as a channel gets it: its files read back from the database. */
export interface OutgoingReply extends Omit<Reply, "files"> {
  files?: readonly OutgoingFile[] | undefined;
}

const choicesSchema = z
  .array(z.object({ label: z.string(), value: z.string(), style: z.enum(["primary", "danger"]).optional() }))
  .optional();

/** A reply as read back from the outbox. */
export const replySchema = z.object({
  text: z.string(),
  choices: choicesSchema,
  private: z.boolean().optional(),
  field: z
    .object({
      key: z.string(),
      kind: z.enum(["text", "choice", "yesno", "datetime", "timerange", "date", "count", "room", "list"]),
    })
    .optional(),
  kind: z.enum(["menu", "question", "review", "receipt", "answer", "notice"]),
  locale: z.enum(["zh", "en"]),
  files: z
    .array(
      z.object({
        attachmentId: z.number(),
        name: z.string(),
        mimeType: z.string(),
        folder: z.string().optional(),
      }),
    )
    .optional(),
}) satisfies z.ZodType<Reply>;

/** A message to someone other than the sender, stored in the outbox and delivered by the dispatcher. */
export interface OutgoingMessage {
  text: string;
  choices?: readonly Choice[] | undefined;
  /** Red label (G13): channels highlight it. */
  urgent?: boolean | undefined;
  ticketNumber?: string | undefined;
}

/** An outbox row's content as read back: anything else is not a message and is never handed to a channel. */
export const outgoingMessageSchema = z.object({
  text: z.string(),
  choices: choicesSchema,
  urgent: z.boolean().optional(),
  ticketNumber: z.string().optional(),
}) satisfies z.ZodType<OutgoingMessage>;

/** Where the dispatcher can reach a person; a channel uses the fields it knows. */
export interface Recipient {
  personId: number;
  name: string;
  locale: Locale;
  preferredChannel: ChannelName | null;
  slackUserId: string | null;
  wechatId: string | null;
  wechatAlias: string | null;
  wechatName: string | null;
}
