import type { Logger } from "pino";
import type { Channel, Intake } from "../channels/channel.js";
import { KeyedQueue } from "../core/keyed-queue.js";
import type { Sender } from "../core/messages.js";
import { type Received, readReceived, storedReceivedSchema, storeReceived } from "../core/received.js";
import type { Db } from "../db/database.js";
import { wasSeen } from "../db/queries/inbound-seen.js";
import { insertInbox, recoverInbox, removeFromInbox } from "../db/queries/inbox.js";
import type { OutboxRow } from "../db/queries/outbox.js";
import { nameSlackRequester } from "../db/queries/people.js";
import type { Engine } from "../engine/engine.js";
import type { OutboxDispatcher } from "./outbox-dispatcher.js";

export interface InboxOptions {
  db: Db;
  engine: Engine;
  dispatcher: OutboxDispatcher;
  channels: readonly Channel[];
  clock: () => Date;
  log: Logger;
  /** Starts that may find a message still unanswered before it is given up with an apology (default 3). */
  maxRecoveries?: number;
}

/**
 * The way in for every chat message: `take` stores it (an inbox row) before the channel acknowledges it, then it
 * is answered — one message at a time per sender, in the order they arrived — and its replies are sent through
 * the outbox. A message with nothing to fetch first, from a sender with nothing waiting, is answered inside
 * `take` instead: its turn commits before the acknowledgement, and it needs no inbox row. A message taken but not
 * answered when the process died is answered at the next start; a repeated delivery is dropped, whether it is
 * still waiting or already answered.
 *
 * ```ts
 * const inbox = new Inbox({ db, engine, dispatcher, channels, clock, log });
 * inbox.recover(); // before the channels start
 * await channel.start(inbox);
 * inbox.open();
 * ```
 */
export class Inbox implements Intake {
  readonly #o: Required<InboxOptions>;
  readonly #queue = new KeyedQueue();
  readonly #working = new Set<Promise<void>>();
  readonly #gate: Promise<void>;
  #open: () => void = () => {};
  #opened = false;
  #closing = false;

  constructor(options: InboxOptions) {
    this.#o = { maxRecoveries: 3, ...options };
    this.#gate = new Promise((resolve) => {
      this.#open = resolve;
    });
  }

  take(received: Received): Promise<void> | undefined {
    const { db, clock } = this.#o;
    const { inbound } = received;
    const channel = inbound.sender.channel;
    if (this.#answersAtOnce(received)) {
      const answered = this.#answerAtOnce(received);
      if (answered !== false) return answered;
    }
    const id = db.transaction(
      (tx) =>
        wasSeen(tx, channel, inbound.eventId)
          ? undefined
          : insertInbox(tx, {
              channel,
              eventId: inbound.eventId,
              content: storeReceived(received),
              receivedAt: clock(),
            }),
      { behavior: "immediate" },
    );
    if (id === undefined) return undefined;
    // Stopping: the message is safe in the inbox and is answered after the restart.
    if (this.#closing) return Promise.resolve();
    return this.#schedule(id, received);
  }

  named(sender: Sender, displayName: string): void {
    if (sender.channel !== "slack") return;
    try {
      nameSlackRequester(this.#o.db, sender.userId, displayName.slice(0, 80));
    } catch (error) {
      this.#o.log.warn({ err: error, user: sender.userId }, "could not save a sender's name");
    }
  }

  reconnected(): void {
    this.#o.dispatcher.retryWaiting();
  }

  /**
   * Queues the messages a previous run took but did not answer, oldest first; call before the channels start.
   * A message found unanswered by more than `maxRecoveries` starts is given up: its sender gets an apology.
   */
  recover(): void {
    const { db, log, maxRecoveries } = this.#o;
    for (const row of recoverInbox(db)) {
      const stored = storedReceivedSchema.safeParse(row.content);
      if (!stored.success) {
        log.error({ inboxId: row.id, eventId: row.eventId }, "an unreadable message in the inbox; dropped");
        removeFromInbox(db, row.id);
        continue;
      }
      const received = readReceived(stored.data, row.eventId);
      if (row.recoveries > maxRecoveries) {
        log.error(
          { inboxId: row.id, channel: row.channel, recoveries: row.recoveries },
          "a message was still unanswered after several restarts; giving up on it",
        );
        void this.#o.dispatcher.sendNow(this.#apologize(received, row.id));
        continue;
      }
      void this.#schedule(row.id, received);
    }
  }

  /** Starts answering (once the channels that complete messages and take replies are running). */
  open(): void {
    this.#opened = true;
    this.#open();
  }

  /** Resolves once every message taken so far has been answered and its replies handed over. */
  async settled(): Promise<void> {
    while (this.#working.size > 0) await Promise.all(this.#working);
  }

  /** Takes new messages only into the inbox (answered after the restart) and waits for those being answered. */
  async stop(): Promise<void> {
    this.#closing = true;
    await this.settled();
  }

  /**
   * Whether to answer while taking: nothing to fetch, nobody's message from this sender waiting ahead of it, and
   * not stopping. A crash before the turn commits leaves the message unacknowledged, so the channel sends it again.
   */
  #answersAtOnce(received: Received): boolean {
    return this.#opened && !this.#closing && !received.pending && this.#queue.idle(senderKey(received));
  }

  /** Undefined for a repeated delivery; false when the turn could not be stored (the inbox takes it instead). */
  #answerAtOnce(received: Received): Promise<void> | undefined | false {
    const { db, dispatcher, log } = this.#o;
    let claimed: OutboxRow[] | undefined;
    try {
      claimed = db.transaction(
        () => {
          const rows = this.#turn(received);
          return rows && dispatcher.claim(rows);
        },
        { behavior: "immediate" },
      );
    } catch (error) {
      log.error({ err: error }, "could not answer a message at once; keeping it in the inbox");
      return false;
    }
    if (!claimed) return undefined;
    return this.#track(dispatcher.sendClaimed(claimed));
  }

  #track(work: Promise<void>): Promise<void> {
    this.#working.add(work);
    void work.finally(() => this.#working.delete(work));
    return work;
  }

  /**
   * The message's turn, or an apology when it fails (its own changes rolled back); returns its outbox rows, or
   * undefined for a delivery already answered.
   */
  #turn(received: Received, inboxId?: number): OutboxRow[] | undefined {
    try {
      return this.#o.engine.answer(received, inboxId);
    } catch (error) {
      this.#o.log.error(
        { err: error, channel: received.inbound.sender.channel, inboxId },
        "engine failed on a message",
      );
      return this.#apologize(received, inboxId);
    }
  }

  #schedule(id: number, received: Received): Promise<void> {
    const work = this.#queue.run(senderKey(received), async () => {
      await this.#gate;
      // After the current event-loop turn, so the channel's acknowledgement goes out before the answer is made.
      await new Promise((resolve) => setImmediate(resolve));
      await this.#answer(id, received);
    });
    return this.#track(work);
  }

  async #answer(id: number, received: Received): Promise<void> {
    const { dispatcher, channels, log } = this.#o;
    const channel = channels.find((c) => c.name === received.inbound.sender.channel);
    let message = received;
    if (channel?.complete) {
      try {
        const inbound = await channel.complete(received.inbound, received.pending);
        message = { ...received, inbound: { ...inbound, eventId: received.inbound.eventId } };
      } catch (error) {
        log.warn({ err: error, inboxId: id }, "could not complete a message; answering it as stored");
      }
    }
    // The turn and the claim of its replies commit together (one commit, not two, before the reply goes out).
    let claimed: OutboxRow[];
    try {
      claimed = this.#o.db.transaction(() => dispatcher.claim(this.#turn(message, id) ?? []), {
        behavior: "immediate",
      });
    } catch (error) {
      log.error({ err: error, inboxId: id }, "could not answer a message; it stays in the inbox");
      return;
    }
    await dispatcher.sendClaimed(claimed);
  }

  #apologize(received: Received, inboxId?: number): OutboxRow[] {
    try {
      return this.#o.engine.apologize(received, inboxId);
    } catch (error) {
      this.#o.log.error({ err: error, inboxId }, "could not answer a message; it stays in the inbox");
      return [];
    }
  }
}

const senderKey = ({ inbound: { sender } }: Received) => `${sender.channel}:${sender.userId}`;
