import { setImmediate as nextTurn } from "node:timers/promises";
import type { Logger } from "pino";
import { type Channel, ChannelUnavailable } from "../channels/channel.js";
import type { Locale } from "../core/locale.js";
import {
  type OutgoingMessage,
  type OutgoingReply,
  outgoingMessageSchema,
  type Recipient,
  type Reply,
} from "../core/messages.js";
import { type QueuedReply, queuedReplySchema } from "../core/received.js";
import type { Db, Tx } from "../db/database.js";
import { attachmentData } from "../db/queries/attachments.js";
import {
  deliveryInterrupted,
  enqueue,
  leaseOutbox,
  markOutboxSent,
  nextDueStatement,
  type OutboxRow,
  releaseHeld,
  updateOutbox,
} from "../db/queries/outbox.js";
import { getPerson, officeHeads, type Person } from "../db/queries/people.js";
import { schedulerTexts } from "./texts/index.js";

export interface DispatcherOptions {
  db: Db;
  channels: readonly Channel[];
  clock: () => Date;
  log: Logger;
  defaultLocale?: Locale;
  /** Attempts before a message is given up (default 8). */
  maxAttempts?: number;
  /** Delay before retry n (1-based), in ms; default 30 s doubling up to 1 h. */
  backoffMs?: (attempt: number) => number;
  /**
   * How long a claimed message is held before a run may try it again (default 2 min). After a crash, a
   * message that was being handed to a channel is tried again once its lease has run out.
   */
  leaseMs?: number;
}

export interface DispatchReport {
  sent: number;
  retried: number;
  /** Given up for good (an error log and a note to the office head). */
  failed: number;
}

const defaultBackoff = (attempt: number) => Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);

export function recipientOf(person: Person, defaultLocale: Locale): Recipient {
  return {
    personId: person.id,
    name: person.name,
    locale: person.locale ?? defaultLocale,
    preferredChannel: person.preferredChannel,
    slackUserId: person.slackUserId,
    wechatId: person.wechatId,
    wechatAlias: person.wechatAlias,
    wechatName: person.wechatName,
  };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Messages handed over between two turns of the event loop while a backlog goes out. */
const yieldEvery = 20;

/**
 * Sends what the outbox holds through each recipient's channel (their preferred one when it is running), marks
 * it sent, retries failures with back-off, and gives up after `maxAttempts` with an error log and a note to the
 * office head.
 *
 * Exactly once: a row is claimed (attempt counted, lease set) in a write transaction before it is handed to a
 * channel and marked sent right after the channel accepts it, so neither two runs nor a restart send it twice,
 * and a crash before the channel accepted it leaves it pending for the next run once the lease is over. The one
 * window left is a crash between the channel accepting a message and that mark: the claim leaves
 * `deliveryInterrupted` in the row, so the next attempt tells the channel the message may have arrived. Slack
 * looks for it (message metadata carries the outbox id) and does not post it again; WeChat and the console
 * cannot look, so there the message goes again after its lease.
 *
 * ```ts
 * const dispatcher = new OutboxDispatcher({ db, channels, clock, log });
 * await dispatcher.dispatchDue(); // { sent: 3, retried: 0, failed: 0 }
 * ```
 */
export class OutboxDispatcher {
  readonly #o: Required<Omit<DispatcherOptions, "defaultLocale">> & { defaultLocale: Locale };
  /** Prepared once: the dispatcher looks for due rows every few seconds. */
  readonly #due;
  /** A run that has been asked for but has not started; later callers share it. */
  #queued: Promise<DispatchReport> | undefined;
  #last: Promise<unknown> = Promise.resolve();
  #stopped = false;
  /** `sendNow` calls still delivering. */
  readonly #sending = new Set<Promise<void>>();
  /** Why channels said they were down (a handful of texts): rows held with one of them wait for `retryWaiting`. */
  readonly #downReasons = new Set<string>();

  constructor(options: DispatcherOptions) {
    this.#o = {
      maxAttempts: 8,
      backoffMs: defaultBackoff,
      leaseMs: 120_000,
      defaultLocale: "zh",
      ...options,
    };
    this.#due = nextDueStatement(options.db);
  }

  /** Runs a dispatch soon, logging instead of throwing; for "something was queued" signals. */
  kick(): void {
    if (this.#stopped) return;
    this.dispatchDue().catch((error) => this.#o.log.error({ err: error }, "outbox dispatch failed"));
  }

  /**
   * Sends every message that is due. Runs never overlap: a call made during a run waits for it and then runs
   * once more, so everything queued before the call has been tried when the promise resolves.
   */
  dispatchDue(): Promise<DispatchReport> {
    if (this.#stopped) return Promise.resolve({ sent: 0, retried: 0, failed: 0 });
    if (this.#queued) return this.#queued;
    const run = this.#last.then(() => {
      this.#queued = undefined;
      return this.#drain();
    });
    this.#queued = run;
    this.#last = run.catch(() => undefined);
    return run;
  }

  /**
   * Sends rows the caller has just queued (a turn's replies) now, in order, beside any run in progress, so the
   * sender does not wait for other people's notices. All are claimed before the first is handed over, so no run
   * takes one of them meanwhile; a row a run has claimed or sent already is left to it.
   */
  sendNow(rows: readonly OutboxRow[]): Promise<void> {
    return this.sendClaimed(this.claim(rows));
  }

  /**
   * Claims rows the caller has just queued, for `sendClaimed` (see `sendNow`). Called inside the open transaction
   * that queued them (a turn), the claim commits with it: one commit instead of two before a reply goes out.
   */
  claim(rows: readonly OutboxRow[]): OutboxRow[] {
    if (this.#stopped || rows.length === 0) return [];
    const now = this.#o.clock();
    return this.#o.db.transaction((tx) => rows.flatMap((row) => this.#lease(tx, row, now) ?? []), {
      behavior: "immediate",
    });
  }

  /**
   * Hands rows from `claim` to their channels, in order; call once their claim has committed. Their content is
   * what this process has just queued, so it is not read through its schema again.
   */
  sendClaimed(rows: readonly OutboxRow[]): Promise<void> {
    if (this.#stopped || rows.length === 0) return Promise.resolve();
    const sending = (async () => {
      const report: DispatchReport = { sent: 0, retried: 0, failed: 0 };
      for (const row of rows) await this.#send(row, report, queuedContent(row));
    })().catch((error) => this.#o.log.error({ err: error }, "sending replies failed"));
    this.#sending.add(sending);
    void sending.finally(() => this.#sending.delete(sending));
    return sending;
  }

  /**
   * At start-up: deliveries that a dead process had claimed are tried at once (with the check for a copy that
   * did arrive) instead of after their lease. Call before the first run.
   */
  recover(): void {
    const released = releaseHeld(this.#o.db, [deliveryInterrupted], this.#o.clock());
    if (released > 0) this.#o.log.info({ released }, "retrying deliveries cut off by the last stop");
  }

  /** A channel is up again (WeChat logged in): what was held for it goes out now, not after its minute. */
  retryWaiting(): void {
    if (this.#stopped || this.#downReasons.size === 0) return;
    releaseHeld(this.#o.db, [...this.#downReasons], this.#o.clock());
    this.kick();
  }

  /** Sends what is due one last time, then ignores further calls (the database is about to close). */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    const final = this.dispatchDue();
    this.#stopped = true;
    await final.catch((error) => this.#o.log.error({ err: error }, "outbox dispatch failed while stopping"));
    while (this.#sending.size > 0) await Promise.all(this.#sending);
  }

  async #drain(): Promise<DispatchReport> {
    const report: DispatchReport = { sent: 0, retried: 0, failed: 0 };
    let handed = 0;
    for (let row = this.#claimNext(); row; row = this.#claimNext()) {
      await this.#send(row, report, readContent(row));
      // A channel that delivers synchronously (the console) would otherwise hold the event loop for a whole
      // backlog, e.g. thousands of notices after a long outage, and nobody's message would be answered meanwhile.
      // A turn's few notices still go out together (the console prints them before its next prompt).
      if (++handed % yieldEvery === 0) await nextTurn();
    }
    return report;
  }

  /** One row at a time, so a crash leaves at most the message being handed over waiting for its lease. */
  #claimNext(): OutboxRow | undefined {
    const { db, clock } = this.#o;
    const now = clock();
    // A plain read first: most runs find nothing, and then no write transaction is opened.
    if (!this.#due.get({ now: now.getTime() })) return undefined;
    return db.transaction(
      (tx) => {
        const row = this.#due.get({ now: now.getTime() });
        return row && this.#lease(tx, row, now);
      },
      { behavior: "immediate" },
    );
  }

  /** Counts the attempt and holds the row for `leaseMs`, marked as being handed over; undefined if taken. */
  #lease(tx: Tx, row: OutboxRow, now: Date): OutboxRow | undefined {
    const held = leaseOutbox(tx, row, new Date(now.getTime() + this.#o.leaseMs));
    return held ? { ...row, attempts: row.attempts + 1 } : undefined;
  }

  #route(recipient: Recipient): Channel | undefined {
    const reachable = this.#o.channels.filter((c) => c.canReach(recipient));
    return reachable.find((c) => c.name === recipient.preferredChannel) ?? reachable[0];
  }

  async #send(row: OutboxRow, report: DispatchReport, message: Content | undefined): Promise<void> {
    const { db, clock } = this.#o;
    if (!message) {
      this.#failed(row, report, "the stored message is not a readable message", { permanent: true });
      return;
    }
    // A reply goes back on the channel its message came from, to the address it carries: the person is read
    // only for a failure's log. Any other message goes by the recipient's preference.
    let recipient: Recipient | undefined;
    if (message.kind !== "reply") {
      const person = getPerson(db, row.recipientId);
      if (!person) {
        this.#failed(row, report, `recipient ${row.recipientId} not found`, { permanent: true });
        return;
      }
      recipient = recipientOf(person, this.#o.defaultLocale);
    }
    const channel =
      message.kind === "reply"
        ? this.#o.channels.find((c) => c.name === message.queued.channel)
        : this.#route(recipient!);
    const name = () => recipient?.name ?? getPerson(db, row.recipientId)?.name ?? String(row.recipientId);
    if (!channel) {
      this.#failed(row, report, `no running channel can reach ${name()}`, { recipient: name() });
      return;
    }
    const delivery = { outboxId: row.id, maybeDelivered: row.lastError === deliveryInterrupted };
    try {
      if (message.kind === "reply")
        await channel.reply(message.queued.to, withFiles(db, message.queued.reply), delivery);
      else await channel.deliver(recipient!, message.message, delivery);
    } catch (error) {
      if (error instanceof ChannelUnavailable) this.#waitForChannel(row, report, error.message);
      else this.#failed(row, report, errorText(error), { recipient: name(), channel: channel.name });
      return;
    }
    // Outside the try: once the channel has the message, a failure here must not turn into a retry (that would
    // send it twice); it aborts the run and the error reaches the caller's log.
    markOutboxSent(db, row.id, clock());
    report.sent++;
  }

  /** The channel is down: try again in a minute without using up one of the message's attempts. */
  #waitForChannel(row: OutboxRow, report: DispatchReport, reason: string): void {
    const { db, clock, log } = this.#o;
    log.debug({ outboxId: row.id, reason }, "channel unavailable; message kept");
    this.#downReasons.add(reason);
    updateOutbox(db, row.id, {
      attempts: row.attempts - 1,
      lastError: reason,
      nextAttemptAt: new Date(clock().getTime() + 60_000),
    });
    report.retried++;
  }

  #failed(
    row: OutboxRow,
    report: DispatchReport,
    error: string,
    context: { recipient?: string; channel?: string; permanent?: boolean },
  ): void {
    const { db, clock, log, maxAttempts, backoffMs } = this.#o;
    const { permanent, ...where } = context;
    const details = { outboxId: row.id, kind: row.kind, attempt: row.attempts, ...where, err: error };
    if (permanent || row.attempts >= maxAttempts) {
      log.error(details, "giving up on an outgoing message");
      this.#giveUp(row, error);
      report.failed++;
      return;
    }
    log.warn(details, "outgoing message failed; will retry");
    updateOutbox(db, row.id, {
      lastError: error,
      nextAttemptAt: new Date(clock().getTime() + backoffMs(row.attempts)),
    });
    report.retried++;
  }

  #giveUp(row: OutboxRow, error: string): void {
    const { db, clock, defaultLocale } = this.#o;
    const now = clock();
    db.transaction((tx) => {
      updateOutbox(tx, row.id, { status: "failed", lastError: error });
      if (row.kind === "delivery-failed") return;
      const recipient = getPerson(tx, row.recipientId)?.name ?? String(row.recipientId);
      const content = readContent(row);
      const text = content?.kind === "reply" ? content.queued.reply.text : content?.message.text;
      const excerpt = (text ?? "").slice(0, 200);
      for (const head of officeHeads(tx)) {
        if (head.id === row.recipientId) continue;
        const text = schedulerTexts(head.locale ?? defaultLocale).deliveryFailed(recipient, excerpt, error);
        enqueue(tx, {
          dedupeKey: `delivery-failed:${row.id}:${head.id}`,
          recipientId: head.id,
          kind: "delivery-failed",
          message: { text },
          ticketId: row.ticketId,
          now,
        });
      }
    });
  }
}

type Content = { kind: "reply"; queued: QueuedReply } | { kind: "message"; message: OutgoingMessage };

/** The content of a row this process has just queued (its type was checked as it was written). */
function queuedContent(row: OutboxRow): Content {
  return row.kind === "reply"
    ? { kind: "reply", queued: row.content as QueuedReply }
    : { kind: "message", message: row.content as OutgoingMessage };
}

/** A row's content read through its schema: a reply with its address, or a message to a person. */
function readContent(row: OutboxRow): Content | undefined {
  if (row.kind === "reply") {
    const queued = queuedReplySchema.safeParse(row.content);
    return queued.success ? { kind: "reply", queued: queued.data } : undefined;
  }
  const message = outgoingMessageSchema.safeParse(row.content);
  return message.success ? { kind: "message", message: message.data } : undefined;
}

/** A reply's files, stored by id, read back just before it is sent (a file deleted meanwhile is left out). */
function withFiles(db: Db, reply: Reply): OutgoingReply {
  const { files, ...rest } = reply;
  if (!files?.length) return rest;
  return {
    ...rest,
    files: files.flatMap(({ attachmentId, ...file }) => {
      const data = attachmentData(db, attachmentId);
      return data ? [{ ...file, data }] : [];
    }),
  };
}
