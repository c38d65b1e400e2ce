import { type Contact, type Message, type Room, types } from "wechaty";
import type { Inbound, Sender } from "../../core/messages.js";
import { readAttachment } from "./wechat-attachment.js";

/** A message the engine should see, with where its replies go; or why it is left alone. */
export type Incoming =
  | { kind: "ignore"; reason: string }
  | { kind: "inbound"; inbound: Inbound; talker: Contact; room?: Room | undefined };

export interface ReadOptions {
  /** Messages sent before this instant are history the puppet replays; undefined before the first login. */
  since: Date | undefined;
  maxAttachmentBytes: number;
}

const fileTypes = new Set([types.Message.Image, types.Message.Attachment]);

/**
 * Things people send that no flow can use. They reach the engine with no text, so it answers with a short
 * note in the person's language and repeats the question it was waiting for.
 */
const unusableTypes = new Set([
  types.Message.Emoticon,
  types.Message.Audio,
  types.Message.Video,
  types.Message.Url,
  types.Message.MiniProgram,
  types.Message.Location,
  types.Message.Contact,
  types.Message.ChatHistory,
  types.Message.Transfer,
  types.Message.RedEnvelope,
]);

const ignore = (reason: string): Incoming => ({ kind: "ignore", reason });

/**
 * Decides what to do with a WeChat message. Private chats go to the engine; in groups only text that
 * @mentions the bot does, without the mention, in a conversation of its own per sender and group. The bot's
 * own messages, history replayed at login, official accounts and system notices (recalls, "拍一拍") are
 * ignored.
 */
export async function readIncoming(message: Message, options: ReadOptions): Promise<Incoming> {
  if (message.self()) return ignore("sent by the bot");
  if (!options.since || message.date() < options.since) return ignore("sent before login");
  const talker = message.talker();
  if (talker.type() === types.Contact.Official) return ignore("official account");
  const room = message.room();
  const type = message.type();
  if (room && (type !== types.Message.Text || !(await message.mentionSelf())))
    return ignore("group message not for the bot");
  const content = await contentOf(message, room, options);
  if (!content) return ignore(`message type ${types.Message[type]}`);
  return { kind: "inbound", inbound: { ...(await senderOf(message, talker)), ...content }, talker, room };
}

type Content = Omit<Inbound, "sender" | "eventId">;

async function contentOf(
  message: Message,
  room: Room | undefined,
  options: ReadOptions,
): Promise<Content | undefined> {
  const type = message.type();
  if (room) return { text: await message.mentionText(), threadId: room.id, inGroup: true };
  if (type === types.Message.Text) return { text: message.text() };
  if (fileTypes.has(type))
    return { text: "", attachments: [await readAttachment(message, options.maxAttachmentBytes)] };
  if (unusableTypes.has(type)) return { text: "" };
  return undefined;
}

async function senderOf(message: Message, talker: Contact): Promise<{ sender: Sender; eventId: string }> {
  const sender: Sender = {
    channel: "wechat",
    userId: talker.id,
    displayName: talker.name(),
    wechatAlias: (await talker.alias()) || undefined,
    wechatName: talker.name() || undefined,
  };
  // The engine records every message id it has handled, so a message the puppet delivers twice runs once.
  return { sender, eventId: message.id };
}
