import { and, eq, lte } from "drizzle-orm";
import type { Logger } from "pino";
import type { Channel } from "../channels/channel.js";
import type { Db } from "../db/database.js";
import { enqueue, type OutboxRow } from "../db/queries/outbox.js";
import { getPerson, officeHeads, type Person } from "../db/queries/people.js";
import { outbox } from "../db/schema.js";
import type { OutgoingMessage, Recipient } from "../engine/inbound.js";
import type { Locale } from "../engine/parsers/parse-result.js";

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
  /** How long a claimed message is held before another run may try it again (default 2 min). */
  leaseMs?: number;
}

export interface DispatchReport {
  sent: number;
  retried: number;
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

/**
 * Sends what the outbox holds through each recipient's channel (their preferred one when it is running), marks
 * it sent, retries failures with back-off, and gives up after `maxAttempts` with an error log and a note to the
 * office head. Each row is claimed before sending, so two runs never send the same message.
 */
export class OutboxDispatcher {
  readonly #o: Required<Omit<DispatcherOptions, "defaultLocale">> & { defaultLocale: Locale };
  #running: Promise<DispatchReport> | undefined;
  #again = false;

  constructor(options: DispatcherOptions) {
    this.#o = {
      maxAttempts: 8,
      backoffMs: defaultBackoff,
      leaseMs: 120_000,
      defaultLocale: "zh",
      ...options,
    };
  }

  /** Runs a dispatch soon; calls made while one runs are folded into one more run. */
  kick(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    void this.dispatchDue().catch((error) => this.#o.log.error({ err: error }, "outbox dispatch failed"));
  }

  /** Sends every due message once; never overlaps itself. */
  async dispatchDue(): Promise<DispatchReport> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#drain();
    try {
      return await this.#running;
    } finally {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        this.kick();
      }
    }
  }

  async #drain(): Promise<DispatchReport> {
    const report: DispatchReport = { sent: 0, retried: 0, failed: 0 };
    for (;;) {
      const batch = this.#claim(50);
      if (batch.length === 0) return report;
      for (const row of batch) await this.#send(row, report);
    }
  }

  #claim(limit: number): OutboxRow[] {
    const { db, clock, leaseMs } = this.#o;
    const now = clock();
    return db.transaction(
      (tx) => {
        const rows = tx
          .select()
          .from(outbox)
          .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)))
          .orderBy(outbox.nextAttemptAt, outbox.id)
          .limit(limit)
          .all();
        for (const row of rows) {
          tx.update(outbox)
            .set({ attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + leaseMs) })
            .where(eq(outbox.id, row.id))
            .run();
        }
        return rows.map((r) => ({ ...r, attempts: r.attempts + 1 }));
      },
      { behavior: "immediate" },
    );
  }

  #route(recipient: Recipient): Channel | undefined {
    const { channels } = this.#o;
    const reachable = channels.filter((c) => c.canReach(recipient));
    return reachable.find((c) => c.name === recipient.preferredChannel) ?? reachable[0];
  }

  async #send(row: OutboxRow, report: DispatchReport): Promise<void> {
    const { db, clock, log } = this.#o;
    const person = getPerson(db, row.recipientId);
    const recipient = person ? recipientOf(person, this.#o.defaultLocale) : undefined;
    const channel = recipient ? this.#route(recipient) : undefined;
    try {
      if (!recipient) throw new Error(`recipient ${row.recipientId} not found`);
      if (!channel) throw new Error(`no running channel can reach ${recipient.name}`);
      await channel.deliver(recipient, row.content as unknown as OutgoingMessage);
      db.update(outbox).set({ status: "sent", sentAt: clock(), lastError: null }).where(eq(outbox.id, row.id)).run();
      report.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const context = { outboxId: row.id, kind: row.kind, recipient: recipient?.name, channel: channel?.name, attempt: row.attempts };
      if (row.attempts >= this.#o.maxAttempts) {
        log.error({ ...context, err: message }, "giving up on an outgoing message");
        this.#giveUp(row, message);
        report.failed++;
      } else {
        log.warn({ ...context, err: message }, "outgoing message failed; will retry");
        db.update(outbox)
          .set({ lastError: message, nextAttemptAt: new Date(clock().getTime() + this.#o.backoffMs(row.attempts)) })
          .where(eq(outbox.id, row.id))
          .run();
        report.retried++;
      }
    }
  }

  #giveUp(row: OutboxRow, error: string): void {
    const { db, clock } = this.#o;
    const now = clock();
    db.transaction((tx) => {
      tx.update(outbox).set({ status: "failed", lastError: error }).where(eq(outbox.id, row.id)).run();
      if (row.kind === "delivery-failed") return;
      const recipient = getPerson(tx, row.recipientId)?.name ?? String(row.recipientId);
      for (const head of officeHeads(tx)) {
        if (head.id === row.recipientId) continue;
        const zh = (head.locale ?? this.#o.defaultLocale) === "zh";
        const text = zh
          ? `⚠️ 一条发给${recipient}的消息多次发送失败，已放弃：${String((row.content as { text?: string }).text ?? "").slice(0, 200)}\n原因：${error}`
          : `⚠️ A message to ${recipient} failed repeatedly and was given up: ${String((row.content as { text?: string }).text ?? "").slice(0, 200)}\nReason: ${error}`;
        enqueue(tx, { dedupeKey: `delivery-failed:${row.id}:${head.id}`, recipientId: head.id, kind: "delivery-failed", message: { text }, ticketId: row.ticketId, now });
      }
    });
  }
}
