import type { Logger } from "pino";
import type { EngineViews } from "../../engine/views/engine-views.js";
import { homeTab } from "./home-tab.js";
import type { SlackApi } from "./slack-api.js";

/** A burst of messages and notices for one person becomes one publish per this many ms at most. */
export const homeRefreshIntervalMs = 3000;

/**
 * Keeps App Home tabs current: published when a user opens it, and again after anything that may change it
 * for someone who has opened it (their own messages and form submissions, a notice delivered to them). A
 * refresh within `intervalMs` of the last publish waits for the interval's end and serves every refresh asked
 * meanwhile; a tab that would look the same as the one published is not sent again.
 */
export class HomePublisher {
  /** The last tab published per user who opened Home (one entry per such Slack user). */
  readonly #published = new Map<string, { json: string; at: number }>();
  readonly #pending = new Map<string, Promise<void>>();

  constructor(
    readonly api: SlackApi,
    readonly views: () => EngineViews,
    readonly log: Logger,
    readonly intervalMs = homeRefreshIntervalMs,
  ) {}

  async opened(user: string): Promise<void> {
    await this.#publish(user, true);
  }

  refresh(user: string): Promise<void> {
    const last = this.#published.get(user);
    if (!last) return Promise.resolve();
    const pending = this.#pending.get(user);
    if (pending) return pending;
    const wait = last.at + this.intervalMs - Date.now();
    const publish = (wait > 0 ? new Promise((done) => setTimeout(done, wait)) : Promise.resolve()).then(
      () => {
        this.#pending.delete(user);
        return this.#publish(user, false);
      },
    );
    this.#pending.set(user, publish);
    return publish;
  }

  async #publish(user: string, always: boolean): Promise<void> {
    let tab: ReturnType<typeof homeTab>;
    try {
      const view = this.views().home({
        channel: "slack",
        userId: user,
        displayName: this.api.knownName(user),
      });
      tab = homeTab(view, this.views().forms(view.locale));
    } catch (error) {
      this.log.error({ user, err: error }, "could not build the App Home view");
      return;
    }
    const json = JSON.stringify(tab);
    const last = this.#published.get(user);
    this.#published.set(user, { json, at: Date.now() });
    if (!always && last?.json === json) return;
    await this.api.publishHome(user, tab).catch(() => undefined);
  }
}
