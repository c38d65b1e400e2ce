import type { App, Receiver } from "@slack/bolt";

/** Work the channel has started and not finished (listeners after their ack, Home refreshes). */
export class InFlight {
  readonly #pending = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.#pending.add(work);
    const done = () => this.#pending.delete(work);
    work.then(done, done);
    return work;
  }

  /** Resolves once nothing is in flight, including work started while waiting. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }
}

/**
 * Wraps a Bolt receiver so every event it hands to the app is tracked from arrival until its listeners are
 * done — the work after the ack included — letting `stop()` (and tests) wait for it.
 */
export function trackedReceiver(inner: Receiver, inFlight: InFlight): Receiver {
  return {
    init(app: App) {
      const tracked = Object.create(app) as App;
      tracked.processEvent = (event) => inFlight.track(app.processEvent(event));
      inner.init(tracked);
    },
    start: (...args) => inner.start(...args),
    stop: (...args) => inner.stop(...args),
  };
}
