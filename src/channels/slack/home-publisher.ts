import type { Logger } from "pino";
import type { EngineViews } from "../../engine/views/engine-views.js";
import { homeTab } from "./home-tab.js";
import type { SlackApi } from "./slack-api.js";

/**
 * Keeps App Home tabs current: published when a user opens it, and again after anything that may change it
 * for someone who has opened it (their own messages and form submissions, a notice delivered to them).
 */
export class HomePublisher {
  readonly #opened = new Set<string>();

  constructor(
    readonly api: SlackApi,
    readonly views: () => EngineViews,
    readonly log: Logger,
  ) {}

  async opened(user: string): Promise<void> {
    this.#opened.add(user);
    await this.#publish(user);
  }

  async refresh(user: string): Promise<void> {
    if (this.#opened.has(user)) await this.#publish(user);
  }

  async #publish(user: string): Promise<void> {
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
    await this.api.publishHome(user, tab).catch(() => undefined);
  }
}
