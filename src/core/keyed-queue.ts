/**
 * Runs work one at a time per key, in the order it was queued; different keys run side by side. A person
 * may send a message while the previous one is still being answered, and they must reach the
 * engine in order.
 */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Whether nothing is queued or running for this key. */
  idle(key: string): boolean {
    return !this.#tails.has(key);
  }

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(work);
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}
