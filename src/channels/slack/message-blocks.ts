import type { types } from "@slack/bolt";
import { clip } from "../../core/clip.js";
import type { Locale } from "../../core/locale.js";
import type { Choice, Reply } from "../../core/messages.js";
import { formButton } from "./form-modal.js";
import { pickerBlock } from "./picker-blocks.js";
import { slackTexts } from "./slack-texts.js";

type KnownBlock = types.KnownBlock;
type Attachment = types.MessageAttachment;

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
  attachments?: Attachment[];
}

export interface RenderInput {
  text: string;
  choices?: readonly Choice[] | undefined;
  field?: Reply["field"];
  urgent?: boolean | undefined;
}

export interface RenderOptions {
  locale: Locale;
  /** "reply": one press uses up the message's choices. "notice" (from the outbox): each button works once. */
  mode: "reply" | "notice";
  /** Only this user may press the buttons (a conversation in a channel thread). */
  owner?: string | undefined;
  /** Flows to offer as "fill in a form" buttons (under the service menu). */
  forms?: readonly { flowId: string; title: string }[] | undefined;
}

/** G13's red label, as Slack draws it on an attachment's edge. */
export const urgentColor = "#d40e0d";

const sectionLimit = 3000;
const buttonTextLimit = 75;
const buttonValueLimit = 2000;
const elementsPerBlock = 25;

const choicesBlock = "choices";

/** Text shown literally inside mrkdwn (no links, mentions or @channel). */
export const escapeMrkdwn = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Block ids carry the conversation's owner as `name@U123`, so a thread's buttons answer only to them. */
export const ownedBlockId = (name: string, owner: string | undefined) => (owner ? `${name}@${owner}` : name);
export const ownerOf = (blockId: string | undefined) => blockId?.split("@")[1];

/** The choices block's id also carries the message's language (`choices~en@U123`), for answers to a press. */
const localeMark = /^choices~(zh|en)\b/;

/** The language a rendered message was written in, read back from its blocks when it has choices. */
export function messageLocale(blocks: readonly { block_id?: string }[] | undefined): Locale | undefined {
  for (const block of blocks ?? []) {
    const found = localeMark.exec(block.block_id ?? "");
    if (found) return found[1] as Locale;
  }
  return undefined;
}

function sections(text: string): KnownBlock[] {
  const chunks: string[] = [];
  let rest = text.trim() || " ";
  while (rest.length > sectionLimit) {
    const cut = rest.lastIndexOf("\n", sectionLimit);
    const at = cut > sectionLimit / 2 ? cut : sectionLimit;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  chunks.push(rest);
  return chunks.map((chunk) => ({ type: "section", text: { type: "plain_text", text: chunk, emoji: true } }));
}

function actionBlocks(blockId: string, buttons: types.Button[]): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  for (let i = 0; i < buttons.length; i += elementsPerBlock) {
    const suffix = i === 0 ? "" : `#${i / elementsPerBlock}`;
    blocks.push({
      type: "actions",
      block_id: `${blockId}${suffix}`,
      elements: buttons.slice(i, i + elementsPerBlock),
    });
  }
  return blocks;
}

function choiceButtons(choices: readonly Choice[], mode: RenderOptions["mode"]): types.Button[] {
  const prefix = mode === "reply" ? "choice" : "once";
  return choices
    .filter((c) => c.value.length <= buttonValueLimit)
    .map((c, i) => ({
      type: "button",
      action_id: `${prefix}:${i}`,
      text: { type: "plain_text", text: clip(c.label, buttonTextLimit), emoji: true },
      value: c.value,
      ...(c.style ? { style: c.style } : {}),
    }));
}

function formButtons(forms: NonNullable<RenderOptions["forms"]>, locale: Locale): KnownBlock[] {
  const intro: KnownBlock = {
    type: "context",
    elements: [{ type: "plain_text", text: slackTexts(locale).formsIntro, emoji: true }],
  };
  return [
    intro,
    ...actionBlocks(
      "forms",
      forms.map((f) => formButton(f, locale)),
    ),
  ];
}

/**
 * An engine reply or outbox message as Block Kit: its text, its choices as buttons (pressing one sends the
 * choice's value back, exactly as typing it would), a date/time picker when the engine is asking for a time,
 * and, when urgent, a red header and a red attachment edge.
 */
export function renderMessage(input: RenderInput, options: RenderOptions): SlackMessage {
  const blocks: KnownBlock[] = sections(input.text);
  const picker = input.field ? pickerBlock(input.field.kind, options.locale, options.owner) : undefined;
  if (picker) blocks.push(picker);
  if (input.choices?.length) {
    blocks.push(
      ...actionBlocks(
        ownedBlockId(`${choicesBlock}~${options.locale}`, options.owner),
        choiceButtons(input.choices, options.mode),
      ),
    );
  }
  if (options.forms?.length) blocks.push(...formButtons(options.forms, options.locale));
  const text = clip(input.text, 3900);
  if (!input.urgent) return { text, blocks };
  const header: KnownBlock = {
    type: "header",
    text: { type: "plain_text", text: slackTexts(options.locale).urgent, emoji: true },
  };
  return { text, blocks: [header], attachments: [{ color: urgentColor, fallback: text, blocks }] };
}

export interface Pressed {
  actionId: string;
  label: string;
  user: string;
  locale: Locale;
}

type Blocks = readonly Record<string, unknown>[];

const asBlocks = (value: unknown): Blocks => (Array.isArray(value) ? (value as Blocks) : []);

function withoutPressed(blocks: Blocks, pressed: Pressed): Record<string, unknown>[] {
  if (!pressed.actionId.startsWith("once:")) {
    // A reply's question is answered: its choices and pickers go; "fill in a form" buttons stay.
    return blocks.filter((b) => !(b.type === "actions" && /^(choices|pick:)/.test(String(b.block_id ?? ""))));
  }
  return blocks.flatMap((b) => {
    if (b.type !== "actions" || !Array.isArray(b.elements)) return [b];
    const elements = (b.elements as { action_id?: string }[]).filter((e) => e.action_id !== pressed.actionId);
    return elements.length > 0 ? [{ ...b, elements }] : [];
  });
}

/**
 * The message after a button press, for `chat.update`: a reply loses its choices, a notice loses the pressed
 * button, and a line says who chose what — so no button can be used twice.
 */
export function afterPress(
  message: Readonly<Record<string, unknown>>,
  pressed: Pressed,
): { blocks: KnownBlock[]; attachments?: Attachment[] } {
  const note = {
    type: "context",
    elements: [
      { type: "mrkdwn", text: slackTexts(pressed.locale).chose(pressed.user, escapeMrkdwn(pressed.label)) },
    ],
  };
  const blocks = [...withoutPressed(asBlocks(message.blocks), pressed), note] as unknown as KnownBlock[];
  const attachments = asBlocks(message.attachments);
  if (attachments.length === 0) return { blocks };
  return {
    blocks,
    attachments: attachments.map((a) => ({
      ...(a.color ? { color: String(a.color) } : {}),
      ...(a.fallback ? { fallback: String(a.fallback) } : {}),
      blocks: withoutPressed(asBlocks(a.blocks), pressed) as unknown as KnownBlock[],
    })),
  };
}
