import type { App, Receiver, ReceiverEvent } from "@slack/bolt";

/** Work the channel has started and not finished (listeners, what they left running, Home refreshes). */
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
 * Wraps a Bolt receiver so every event it hands to the app is tracked until its listeners are done, and so its
 * acknowledgement (Slack's 200, or Socket Mode's envelope ack) goes out only then. Bolt acknowledges Events API
 * requests before any listener runs; held back, the ack follows the listener's storing of the message, and a
 * listener that fails (nothing could be stored) leaves the request unacknowledged, so Slack sends it again.
 */
export function trackedReceiver(inner: Receiver, inFlight: InFlight): Receiver {
  return {
    init(app: App) {
      const tracked = Object.create(app) as App;
      tracked.processEvent = (event) => inFlight.track(ackAfterListeners(app, event));
      inner.init(tracked);
    },
    start: (...args) => inner.start(...args),
    stop: (...args) => inner.stop(...args),
  };
}

async function ackAfterListeners(app: App, event: ReceiverEvent): Promise<void> {
  let held: { response: unknown } | undefined;
  await app.processEvent({
    ...event,
    ack: async (response) => {
      held = { response };
    },
  });
  // A reply answered at once is posted on the next tick (node:http writes a request then); it goes out before the
  // ack, as the teacher waits for the reply and Slack only for the ack, within 3 s.
  await new Promise((resolve) => process.nextTick(resolve));
  if (held) await event.ack(held.response);
}
