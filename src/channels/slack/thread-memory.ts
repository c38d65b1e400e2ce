/**
 * Channel threads the bot is talking in, so a follow-up there needs no @mention. Kept in memory (the newest
 * `max`): after a restart a thread's next message needs a mention again, while the conversation itself,
 * keyed by thread in the database, carries on.
 */
export class ThreadMemory {
  readonly #threads = new Set<string>();

  constructor(readonly max = 5000) {}

  remember(channel: string, threadTs: string): void {
    const key = `${channel}:${threadTs}`;
    this.#threads.delete(key);
    this.#threads.add(key);
    if (this.#threads.size > this.max) {
      const oldest = this.#threads.values().next().value;
      if (oldest !== undefined) this.#threads.delete(oldest);
    }
  }

  has(channel: string, threadTs: string): boolean {
    return this.#threads.has(`${channel}:${threadTs}`);
  }
}
