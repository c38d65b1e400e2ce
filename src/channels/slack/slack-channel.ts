import { Server as HttpServer } from "node:http";
import {
  App,
  type CustomRoute,
  HTTPReceiver,
  type Receiver,
  SocketModeReceiver,
  type webApi,
} from "@slack/bolt";
import type { Logger } from "pino";
import type { Locale } from "../../core/locale.js";
import type { OutgoingReply } from "../../core/messages.js";
import type { EngineViews } from "../../engine/views/engine-views.js";
import type {
  Channel,
  ChannelHealth,
  Delivery,
  Inbound,
  Intake,
  OutgoingMessage,
  Pending,
  Recipient,
  ReplyAddress,
} from "../channel.js";
import { registerActionListeners } from "./action-listeners.js";
import { boltLogger } from "./bolt-logger.js";
import { registerCommandListener } from "./command-listener.js";
import { ConversationRelay } from "./conversation-relay.js";
import { alreadyPosted, outboxMetadata } from "./delivery-metadata.js";
import { registerFormListeners } from "./form-listeners.js";
import { HomePublisher } from "./home-publisher.js";
import { InFlight, trackedReceiver } from "./in-flight.js";
import { renderMessage } from "./message-blocks.js";
import { registerMessageListeners } from "./message-listeners.js";
import { refuseSkewedRequests } from "./request-timestamp.js";
import { SlackApi } from "./slack-api.js";
import type { SlackRuntime } from "./slack-runtime.js";
import { ThreadMemory } from "./thread-memory.js";
import { webApiFetch } from "./web-api-fetch.js";

export interface SlackChannelOptions {
  /** Bot token (xoxb-…). */
  token: string;
  signingSecret: string;
  /** App-level token (xapp-…): Socket Mode. Without it, HTTP mode on `port` at /slack/events. */
  appToken?: string | undefined;
  /** Web API base URL, e.g. https://slack-gov.com/api/ (default https://slack.com/api/). */
  apiUrl?: string | undefined;
  /** HTTP mode: events, commands and interactions; both modes: the custom routes. 0 picks a free port. */
  port: number;
  /** Interface to listen on (default: all). */
  host?: string | undefined;
  /** Default "/office". */
  slashCommand?: string | undefined;
  /** Language of Slack's own buttons when a message does not show its language (default "zh"). */
  defaultLocale?: Locale | undefined;
  log: Logger;
  /** Forms and App Home from the engine; asked on first use, so it may be bound after the channel is built. */
  views: () => EngineViews;
  /** Other HTTP routes served on the same port (e.g. iCal feeds). */
  customRoutes?: CustomRoute[] | undefined;
  /** Web API retries on network errors and rate limits (default: 2, quickly); the outbox retries the rest. */
  retryConfig?: webApi.RetryOptions | undefined;
  /** A Web API call whose connection stays silent this long fails (default 10 s). */
  webApiTimeoutMs?: number | undefined;
}

/** Longer than the usual 60 s idle timeout of a load balancer, so the proxy, not this end, closes first. */
const keepAliveMs = 65_000;

const defaultRetries: webApi.RetryOptions = {
  retries: 2,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 5000,
  randomize: true,
};

/**
 * Slack through Bolt: DMs and @mentions run the engine, choices become buttons, each flow opens as a modal,
 * clerks get notices with action buttons, and App Home shows tickets, bookings and queues. Every message is
 * stored (the app's intake) before its request is acknowledged and answered after; replies and notices come
 * back through the outbox; repeats are dropped by their persisted event ids.
 *
 * ```ts
 * const slack = new SlackChannel({ token, signingSecret, port: 3000, log, views: () => engineViews(context) });
 * await slack.start(intake);
 * ```
 */
export class SlackChannel implements Channel {
  readonly name = "slack" as const;
  readonly #o: SlackChannelOptions;
  readonly #app: App;
  readonly #api: SlackApi;
  readonly #home: HomePublisher;
  readonly #inFlight = new InFlight();
  #intake: Intake | undefined;
  readonly #relay: ConversationRelay;
  #port: number | undefined;

  #httpReceiver(options: SlackChannelOptions, logger: ReturnType<typeof boltLogger>): HTTPReceiver {
    const endpoint = "/slack/events";
    const receiver = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: endpoint,
      logger,
      customRoutes: options.customRoutes ?? [],
      processBeforeResponse: false,
    });
    refuseSkewedRequests(receiver, endpoint, options.log);
    return receiver;
  }

  constructor(options: SlackChannelOptions) {
    this.#o = options;
    const { log } = options;
    const logger = boltLogger(log.child({ component: "bolt" }));
    const clientOptions = {
      ...(options.apiUrl
        ? { slackApiUrl: options.apiUrl.endsWith("/") ? options.apiUrl : `${options.apiUrl}/` }
        : {}),
      retryConfig: options.retryConfig ?? defaultRetries,
      fetch: webApiFetch(options.webApiTimeoutMs ?? 10_000),
    };
    const receiver: Receiver = options.appToken
      ? new SocketModeReceiver({
          appToken: options.appToken,
          logger,
          customRoutes: options.customRoutes ?? [],
          installerOptions: { port: options.port, clientOptions },
        })
      : this.#httpReceiver(options, logger);
    this.#app = new App({
      token: options.token,
      receiver: trackedReceiver(receiver, this.#inFlight),
      // Conversations live in the database; Bolt's in-memory store would be read (and miss) on every event.
      convoStore: false,
      logger,
      clientOptions,
      deferInitialization: true,
    });
    this.#api = new SlackApi(this.#app.client, log);
    this.#home = new HomePublisher(this.#api, options.views, log);
    const defaultLocale = options.defaultLocale ?? "zh";
    const later = (work: Promise<unknown>) => {
      void this.#inFlight.track(work.catch(() => undefined));
    };
    this.#relay = new ConversationRelay({
      api: this.#api,
      intake: () => this.#requireIntake(),
      views: options.views,
      home: this.#home,
      later,
      token: options.token,
      log,
    });
    const runtime: SlackRuntime = {
      api: this.#api,
      home: this.#home,
      views: options.views,
      threads: new ThreadMemory(),
      slashCommand: options.slashCommand ?? "/office",
      defaultLocale,
      log,
      relay: this.#relay,
      later,
    };
    registerMessageListeners(this.#app, runtime);
    registerActionListeners(this.#app, runtime);
    registerCommandListener(this.#app, runtime);
    registerFormListeners(this.#app, runtime);
    // A listener fails before its ack (the message could not be stored): no ack, so Slack delivers it again.
    this.#app.error(async (error) => {
      log.error({ err: error }, "Slack listener failed");
      throw error;
    });
  }

  #running = false;

  #requireIntake(): Intake {
    if (!this.#intake) throw new Error("the Slack channel has not been started");
    return this.#intake;
  }

  /** Checks the bot token (`auth.test`), then listens: Socket Mode, or HTTP on the configured port. */
  async start(intake: Intake): Promise<void> {
    this.#intake = intake;
    await this.#app.init();
    const { appToken, port, host } = this.#o;
    const started = appToken
      ? await this.#app.start()
      : await this.#app.start({ port, ...(host ? { host } : {}) });
    const server = started instanceof HttpServer ? started : undefined;
    // Node closes an idle kept-alive connection after 5 s. Slack, or a proxy in front, would then open a new one
    // for the next event, and a busy process accepts only one new connection per turn of its event loop.
    if (server) server.keepAliveTimeout = keepAliveMs;
    const address = server?.address();
    this.#port = typeof address === "object" && address ? address.port : undefined;
    this.#running = true;
    this.#o.log.info(
      { mode: appToken ? "socket" : "http", port: this.#port ?? port },
      "Slack channel started",
    );
  }

  /** Stops taking requests, then lets work already acknowledged finish. */
  async stop(): Promise<void> {
    this.#running = false;
    await this.#app
      .stop()
      .catch((error: Error) =>
        this.#o.log.warn({ err: error.message }, "Slack receiver did not stop cleanly"),
      );
    await this.#inFlight.settled();
  }

  health(): ChannelHealth {
    if (!this.#running) return { up: false, state: "stopped" };
    return { up: true, state: this.#o.appToken ? "socket-mode" : "http" };
  }

  /** The HTTP port in use (HTTP mode), e.g. the one picked for port 0. */
  get port(): number | undefined {
    return this.#port;
  }

  /** Resolves when every acknowledged request has been handled (answered, replies posted, Home refreshed). */
  settled(): Promise<void> {
    return this.#inFlight.settled();
  }

  reply(to: ReplyAddress, reply: OutgoingReply, delivery: Delivery): Promise<void> {
    return this.#relay.reply(to, reply, delivery);
  }

  complete(inbound: Inbound, pending: Pending | undefined): Promise<Inbound> {
    return this.#relay.complete(inbound, pending);
  }

  canReach(recipient: Recipient): boolean {
    return Boolean(recipient.slackUserId);
  }

  /**
   * A DM with the notice's buttons (each usable once); urgent ones red. Throws when Slack refuses it. The
   * message's metadata names its outbox row; after an attempt that was cut off, the DM's history is checked
   * first and a notice already there is not posted again.
   */
  async deliver(recipient: Recipient, message: OutgoingMessage, delivery?: Delivery): Promise<void> {
    const user = recipient.slackUserId;
    if (!user) throw new Error(`${recipient.name} has no Slack user id`);
    if (delivery?.maybeDelivered && (await alreadyPosted(this.#api, { channel: user }, delivery.outboxId))) {
      this.#o.log.info(
        { outboxId: delivery.outboxId, recipient: recipient.name },
        "notice already in Slack; not resent",
      );
      return;
    }
    const rendered = renderMessage(message, { locale: recipient.locale, mode: "notice" });
    await this.#api.postMessage(
      { channel: user, ...rendered, ...(delivery ? { metadata: outboxMetadata(delivery.outboxId) } : {}) },
      { recipient: recipient.name, ticket: message.ticketNumber },
    );
    void this.#inFlight.track(this.#home.refresh(user));
  }
}
