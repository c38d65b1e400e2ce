import type { Locale } from "../core/locale.js";
import type { Choice, Inbound, Reply, ReplyDraft } from "../core/messages.js";
import type { Received } from "../core/received.js";
import type { Tx } from "../db/database.js";
import { discardStaged, stageAttachment } from "../db/queries/attachments.js";
import {
  type ConversationRow,
  loadConversation,
  moveConversation,
  saveConversation,
} from "../db/queries/conversations.js";
import type { OutboxRow } from "../db/queries/outbox.js";
import { type PersonWithPosts, rememberLocale } from "../db/queries/people.js";
import { notePicked, recordUnsure } from "../db/queries/traffic.js";
import type { CommandOutcome } from "../services/command-scope.js";
import type { Candidate } from "../understanding/service-intents.js";
import type { EngineContext } from "./context.js";
import { type ConversationState, readConversationState } from "./conversation-state.js";
import type { FlowDefinition } from "./flow-kit/types.js";
import { fieldContext } from "./form-runtime/field-context.js";
import {
  continueForm,
  controlWords,
  type FormState,
  type FormTurn,
  isResumable,
  isWord,
  startForm,
  validate,
} from "./form-runtime/form-runtime.js";
import { cleanText, hasNoWords, maxMessageLength } from "./input-text.js";
import { menuReply, shortMenuReply } from "./menu.js";
import { candidateId, clarifyingQuestion, pickedOption, referralReply } from "./service-choice.js";
import { detectLocale, texts } from "./texts/index.js";
import { asReplies, runTurn, type TurnScope } from "./turn-runner.js";

interface Turn {
  person: PersonWithPosts;
  conversation: ConversationRow;
  state: ConversationState;
  locale: Locale;
  tx: Tx;
  /** The stored state could not be read: the conversation starts over, and the reply says so first. */
  unreadable?: boolean;
}

const menuWords = ["菜单", "帮助", "开始", "你好", "您好", "help", "menu", "start", "hi", "hello", "?", "？"];

/**
 * The conversation engine: one inbound message in, the replies to the sender out. Messages to anyone else go
 * to the outbox inside the same transaction, and so does the conversation's new state, so a crash or restart
 * never leaves half a ticket behind.
 *
 * ```ts
 * const replies = engine.handle({ sender: { channel: "console", userId: "王老师" }, text: "投影仪坏了" });
 * ```
 */
export class Engine {
  constructor(readonly ctx: EngineContext) {}

  /** Runs one message and returns its replies (tests, the evaluation); channels' messages go through `answer`. */
  handle(inbound: Inbound): Reply[] {
    return runTurn(this.ctx, inbound, [], (scope) => ({ value: this.#turn(scope, inbound), keep: true }));
  }

  /**
   * Answers a message a channel handed over (`inboxId`: its inbox row): the same turn as `handle`, with the
   * replies queued in the outbox for the message's address and the row removed, all in the turn's transaction.
   * Returns the replies' outbox rows, or undefined for a delivery already answered.
   */
  answer(received: Received, inboxId?: number): OutboxRow[] | undefined {
    const { inbound, replyTo } = received;
    return runTurn<OutboxRow[] | undefined>(
      this.ctx,
      { ...inbound, replyTo, inboxId },
      undefined,
      (scope) => ({
        value: scope.answer(this.#turn(scope, inbound)),
        keep: true,
      }),
    );
  }

  /**
   * When answering a message failed (its turn was rolled back): the sender is told so, and the message is
   * taken off the inbox as handled, so it is not tried again.
   */
  apologize(received: Received, inboxId?: number): OutboxRow[] {
    const { inbound, replyTo } = received;
    const fallback = this.ctx.settings.defaultLocale;
    const locale = fallback === "zh" ? "zh" : (detectLocale(inbound.text) ?? "en");
    return runTurn(this.ctx, { ...inbound, replyTo, inboxId }, [], (scope) => ({
      value: scope.answer(asReplies([{ text: texts(locale).internalError, kind: "notice" }], locale)),
      keep: true,
    }));
  }

  #turn(scope: TurnScope, inbound: Inbound): Reply[] {
    const text = cleanText(inbound.text ?? "");
    if (text.length > maxMessageLength) {
      const locale = detectLocale(text.slice(0, 200)) ?? this.ctx.settings.defaultLocale;
      return asReplies([{ text: texts(locale).tooLong(maxMessageLength), kind: "notice" }], locale);
    }
    const turn = this.#beginTurn(scope, inbound, text);
    const replies = this.#respond(turn, inbound, text);
    if (turn.unreadable) replies.unshift({ text: texts(turn.locale).stateLost, kind: "notice" });
    this.#save(turn);
    return asReplies(replies, turn.locale);
  }

  #beginTurn({ tx, person: personOf }: TurnScope, inbound: Inbound, text: string): Turn {
    const person = personOf();
    const key = {
      channel: inbound.sender.channel,
      userKey: inbound.sender.userId,
      threadKey: inbound.threadId ?? "",
    };
    const existing = loadConversation(tx, key);
    const conversation: ConversationRow = existing ?? {
      id: 0,
      ...key,
      personId: person.id,
      flowId: null,
      flowVersion: null,
      step: null,
      values: {},
      state: {},
      locale: person.locale ?? this.ctx.settings.defaultLocale,
      updatedAt: this.ctx.clock(),
    };
    const detected = detectLocale(text);
    const locale = detected ?? conversation.locale;
    if (detected && !person.inDirectory && person.locale !== detected)
      rememberLocale(tx, person.id, detected);
    const state = readConversationState(conversation.state);
    if (state) return { person, conversation, state, locale, tx };
    this.ctx.log.warn({ conversation: conversation.id }, "unreadable conversation state; starting over");
    const turn: Turn = { person, conversation, state: {}, locale, tx, unreadable: true };
    this.#endFlow(turn);
    return turn;
  }

  #save(turn: Turn): void {
    const { conversation, state } = turn;
    conversation.id = saveConversation(turn.tx, {
      ...conversation,
      personId: turn.person.id,
      step: isResumable(state.form, conversation.values) ? state.form.step : null,
      state: { ...state },
      locale: turn.locale,
      updatedAt: this.ctx.clock(),
    });
  }

  #respond(turn: Turn, inbound: Inbound, rawText: string): ReplyDraft[] {
    const t = texts(turn.locale);
    const replies: ReplyDraft[] = [];
    const wordless = rawText === "" || hasNoWords(rawText);
    const attached = Boolean(inbound.attachments?.length);
    // A photo sent with the words that open a service ("投影仪坏了" + a picture) belongs to the service they open.
    const attachedLater = attached && !wordless && !turn.conversation.flowId;
    if (attached && !attachedLater) replies.push(...this.#attachments(turn, inbound));
    if (wordless) {
      if (replies.length > 0) return replies;
      return [{ text: rawText === "" ? t.empty : t.unsupported }, ...this.#currentQuestion(turn)];
    }
    const text = this.#numberedChoice(turn, rawText);
    const routed = this.#route(turn, text);
    if (attachedLater) replies.push(...this.#attachments(turn, inbound));
    replies.push(...routed);
    turn.state.offered = lastChoices(replies);
    return inbound.inGroup ? this.#keepPrivate(turn, replies) : replies;
  }

  #route(turn: Turn, text: string): ReplyDraft[] {
    const t = texts(turn.locale);
    const { state } = turn;
    const services = this.ctx.services;
    const command = services.parse(text);
    const awaiting = state.awaiting;
    delete state.awaiting;
    const unsureId = state.unsureId;
    delete state.unsureId;
    const picked = (id: string) => unsureId !== undefined && notePicked(turn.tx, unsureId, id);
    if (command) return this.#outcome(turn, services.run(this.#scope(turn), command));
    // "帮助"/"菜单" answers no question: what was waiting is dropped and the menu shown.
    if (awaiting && !isWord(text, menuWords)) {
      const outcome = services.followUp(this.#scope(turn), awaiting, text, this.#startsSomething(turn, text));
      if (outcome) return this.#outcome(turn, outcome);
    }
    const flow = this.#activeFlow(turn);
    if (flow.kind === "changed") return flow.replies;
    if (flow.kind === "active") {
      if (isWord(text, menuWords) && !isWord(text, controlWords.help)) return this.#menu(turn);
      // Another service picked from the menu (by number or title) replaces this one; its title is no answer.
      const picked = this.ctx.flows.byTitle(text);
      if (picked && picked.id !== flow.flow.id) {
        this.#endFlow(turn);
        return this.#start(turn, picked, "");
      }
      const switched = this.#switchAnswer(turn, flow.flow, text);
      if (switched) return switched;
      const other = this.#newRequest(turn, flow.flow, text);
      if (other) {
        state.switching = { text, flowId: other.id };
        const current = flow.flow.title[turn.locale];
        const next = other.title[turn.locale];
        const labels = [t.continueFlow(current), t.switchFlow(next)];
        return [{ text: t.switchAsk(current, next), choices: labels.map((l) => ({ label: l, value: l })) }];
      }
      return this.#applyTurn(
        turn,
        flow.flow,
        continueForm(flow.flow, turn.conversation.values, flow.form, text, this.#fctx(turn)),
      );
    }
    const choosing = state.choosing;
    delete state.choosing;
    if (isWord(text, controlWords.cancel)) return [{ text: choosing ? t.cancelled : t.nothingToCancel }];
    if (isWord(text, menuWords)) return this.#menu(turn);
    if (choosing) {
      const chosen = pickedOption(
        text,
        choosing,
        this.ctx.flows,
        this.ctx.understanding.referrals,
        turn.locale,
      );
      if (chosen) picked(chosen.kind === "flow" ? chosen.id : `refer:${chosen.referral.id}`);
      if (chosen?.kind === "referral") return [referralReply(chosen.referral, turn.locale)];
      const flow = chosen && this.ctx.flows.get(chosen.id);
      // The opening message still holds the facts: the chosen service starts from it, not from its title.
      if (flow) return this.#start(turn, flow, choosing.offered.includes(flow.id) ? choosing.text : "");
    }
    const titled = this.ctx.flows.byTitle(text);
    if (titled) {
      picked(titled.id);
      return this.#start(turn, titled, "");
    }
    return this.#understand(turn, text);
  }

  /** The answer to "先完成当前的报修，还是改办会务安排？", or undefined when the message is something else. */
  #switchAnswer(turn: Turn, flow: FlowDefinition, text: string): ReplyDraft[] | undefined {
    const pending = turn.state.switching;
    delete turn.state.switching;
    const other = pending && this.ctx.flows.get(pending.flowId);
    if (!pending || !other) return undefined;
    const t = texts(turn.locale);
    if (isWord(text, [t.switchFlow(other.title[turn.locale]).toLowerCase()])) {
      this.#endFlow(turn);
      return this.#start(turn, other, pending.text);
    }
    if (isWord(text, [t.continueFlow(flow.title[turn.locale]).toLowerCase()]))
      return this.#currentQuestion(turn);
    return undefined;
  }

  /**
   * A message mid-flow that is clearly another request ("另外305的空调也坏了" while booking a room): the intent
   * model is sure of another service and the message is no valid answer to the question asked.
   */
  #newRequest(turn: Turn, flow: FlowDefinition, text: string): FlowDefinition | undefined {
    if (text.trim().length < 8) return undefined;
    const { band, candidates } = this.ctx.understanding.interpret(text);
    const top = candidates[0];
    if (band !== "confident" || top?.kind !== "flow" || top.id === flow.id || top.probability < 0.85)
      return undefined;
    const step = turn.conversation.step;
    const field = flow.fields.find((f) => f.key === step);
    if (field && field.kind !== "text" && validate(field, text, this.#fctx(turn)).ok) return undefined;
    if (field?.kind === "text" && top.probability < 0.93) return undefined;
    return this.ctx.flows.get(top.id);
  }

  /** A free-text opening: start the service it clearly asks for, ask which of two or three, or the short menu. */
  #understand(turn: Turn, text: string): ReplyDraft[] {
    const { band, candidates } = this.ctx.understanding.interpret(text);
    const top = candidates[0];
    if (band !== "confident") this.#keepUnsure(turn, text, band, candidates);
    if (band === "confident" && top) {
      if (top.kind === "referral") return [referralReply(top.referral, turn.locale)];
      const flow = this.ctx.flows.get(top.id);
      if (flow) return this.#start(turn, flow, text);
    }
    if (band === "uncertain" && candidates.length > 1) {
      const { reply, pending } = clarifyingQuestion(text, candidates, this.ctx.flows, turn.locale);
      turn.state.choosing = pending;
      return [reply];
    }
    // A clerk typing something unknown most likely mistyped a command: their own command help, not the menu.
    if (turn.person.postIds.length > 0 || turn.person.isHead) return [{ text: texts(turn.locale).clerkHelp }];
    return [shortMenuReply(this.ctx.flows, turn.locale)];
  }

  /**
   * Keeps a requester's message the model was unsure of, for the office head's `未识别` list; what they pick
   * next is noted on it. A staff member's unknown message is a mistyped command, not traffic to learn from.
   */
  #keepUnsure(turn: Turn, text: string, band: "uncertain" | "unknown", candidates: readonly Candidate[]) {
    if (turn.person.postIds.length > 0 || turn.person.isHead) return;
    turn.state.unsureId = recordUnsure(turn.tx, {
      text,
      band,
      candidates: candidates.map((c) => ({ id: candidateId(c), probability: c.probability })),
      topProbability: candidates[0]?.probability ?? 0,
      personId: turn.person.id,
      channel: turn.conversation.channel,
      at: this.ctx.clock(),
    });
  }

  /**
   * In a group chat, a confidential flow's replies go to the sender privately, with a short note in the group,
   * and the flow itself moves to the sender's private chat, where they answer its questions.
   */
  #keepPrivate(turn: Turn, replies: ReplyDraft[]): ReplyDraft[] {
    const flow = turn.conversation.flowId ? this.ctx.flows.get(turn.conversation.flowId) : undefined;
    const wasConfidential = replies.some((r) => r.private);
    if (!flow?.confidential && !wasConfidential) return replies;
    if (flow?.confidential && turn.conversation.threadKey !== "") {
      moveConversation(turn.tx, turn.conversation, "");
      turn.conversation.threadKey = "";
    }
    return [
      { text: texts(turn.locale).groupPrivate, kind: "notice" },
      ...replies.map((r) => ({ ...r, private: true })),
    ];
  }

  /** Whether a message after a command is a new start (a flow's title, or a flow in progress) rather than an answer. */
  #startsSomething(turn: Turn, text: string): boolean {
    return this.ctx.flows.byTitle(text) !== undefined || turn.state.form !== undefined;
  }

  #activeFlow(
    turn: Turn,
  ):
    | { kind: "none" }
    | { kind: "active"; flow: FlowDefinition; form: FormState }
    | { kind: "changed"; replies: ReplyDraft[] } {
    const { conversation, state } = turn;
    if (!conversation.flowId || !state.form) return { kind: "none" };
    const flow = this.ctx.flows.get(conversation.flowId);
    const t = texts(turn.locale);
    if (!flow) {
      this.#endFlow(turn);
      return { kind: "changed", replies: [{ text: t.flowGone }] };
    }
    if (flow.version !== conversation.flowVersion || !isResumable(state.form, conversation.values)) {
      this.ctx.log.info(
        { flow: flow.id, from: conversation.flowVersion, to: flow.version },
        "restarting a conversation after a flow update",
      );
      const turnResult = startForm(flow, "", this.#fctx(turn));
      const replies = this.#applyTurn(turn, flow, turnResult);
      return {
        kind: "changed",
        replies: [{ text: t.flowRestarted(flow.title[turn.locale]) }, ...replies.slice(1)],
      };
    }
    return { kind: "active", flow, form: state.form };
  }

  #start(turn: Turn, flow: FlowDefinition, text: string): ReplyDraft[] {
    return this.#applyTurn(turn, flow, startForm(flow, text, this.#fctx(turn)));
  }

  #applyTurn(turn: Turn, flow: FlowDefinition, result: FormTurn): ReplyDraft[] {
    if (result.cancelled) {
      this.#endFlow(turn);
      return result.replies;
    }
    if (result.confirmed) {
      const outcome = this.ctx.services.confirm(this.ctx, turn.tx, {
        flow,
        values: result.values,
        person: turn.person,
        locale: turn.locale,
        channel: turn.conversation.channel,
        conversationId: turn.conversation.id || undefined,
      });
      if (outcome.created) this.#endFlow(turn);
      else {
        turn.conversation.values = outcome.values;
        turn.state.form = { ...result.state, ...outcome.state };
      }
      return outcome.replies;
    }
    turn.conversation.flowId = flow.id;
    turn.conversation.flowVersion = flow.version;
    turn.conversation.values = result.values;
    turn.state.form = result.state;
    if (turn.state.prechecked) return result.replies;
    const first = this.ctx.services.precheck(this.#scope(turn), flow, result.values);
    if (!first) return result.replies;
    turn.state.prechecked = true;
    return this.#outcome(turn, first);
  }

  #endFlow(turn: Turn): void {
    turn.conversation.flowId = null;
    turn.conversation.flowVersion = null;
    turn.conversation.values = {};
    delete turn.state.form;
    delete turn.state.prechecked;
    discardStaged(turn.tx, turn.conversation.id);
  }

  #menu(turn: Turn): ReplyDraft[] {
    return [menuReply(this.ctx.flows, turn.locale)];
  }

  #numberedChoice(turn: Turn, text: string): string {
    const index = /^\s*(\d{1,2})\s*[.、。]?\s*$/.exec(text);
    const offered = turn.state.offered;
    if (!index || !offered) return text;
    return offered[Number(index[1]) - 1]?.value ?? text;
  }

  #currentQuestion(turn: Turn): ReplyDraft[] {
    const flow = turn.conversation.flowId ? this.ctx.flows.get(turn.conversation.flowId) : undefined;
    if (!flow || !isResumable(turn.state.form, turn.conversation.values)) return [];
    const { replies } = continueForm(
      flow,
      turn.conversation.values,
      turn.state.form,
      "help",
      this.#fctx(turn),
    );
    // At a question, "help" is the explanation and then the question; at the review, the review itself.
    return turn.state.form.step === "review" ? replies : replies.slice(1);
  }

  #attachments(turn: Turn, inbound: Inbound): ReplyDraft[] {
    const t = texts(turn.locale);
    const flow = turn.conversation.flowId ? this.ctx.flows.get(turn.conversation.flowId) : undefined;
    if (!flow?.acceptsAttachments) return [{ text: t.attachmentNotHere }];
    if (turn.conversation.id === 0) this.#save(turn);
    return (inbound.attachments ?? []).map((a) => {
      if (a.data.length > this.ctx.settings.maxAttachmentBytes) {
        return { text: t.attachmentTooLarge(Math.round(this.ctx.settings.maxAttachmentBytes / 1024 / 1024)) };
      }
      stageAttachment(turn.tx, turn.conversation.id, a, this.ctx.clock());
      return { text: t.attachmentSaved(a.name) };
    });
  }

  #outcome(turn: Turn, outcome: CommandOutcome): ReplyDraft[] {
    if (outcome.awaiting) turn.state.awaiting = outcome.awaiting;
    if (outcome.form === "end") this.#endFlow(turn);
    if (outcome.form === "resume") return [...outcome.replies, ...this.#currentQuestion(turn)];
    return outcome.replies;
  }

  #scope(turn: Turn) {
    return { ctx: this.ctx, tx: turn.tx, person: turn.person, locale: turn.locale };
  }

  #fctx(turn: Turn) {
    return fieldContext(this.ctx, turn.locale, turn.conversation.values);
  }
}

function lastChoices(replies: readonly ReplyDraft[]): Choice[] | undefined {
  for (let i = replies.length - 1; i >= 0; i--) {
    const choices = replies[i]?.choices;
    if (choices?.length) return [...choices];
  }
  return undefined;
}
