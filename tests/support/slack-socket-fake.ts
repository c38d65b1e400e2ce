import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** What the app sends back for an envelope: `{ envelope_id, payload }`. */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface SocketEnvelope {
  envelope_id: string;
  type: "events_api" | "slash_commands" | "interactive";
  payload: unknown;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

/**
 * `event` (an Events API `event_callback` body, as JSON or parsed) in a Socket Mode envelope; a redelivery
 * by Slack comes in a new envelope with the same event and `retry_attempt` > 0.
 */
export function eventsApiEnvelope(
  body: string | Record<string, unknown>,
  envelopeId: string,
  retryAttempt = 0,
): SocketEnvelope {
  return {
    envelope_id: envelopeId,
    type: "events_api",
    payload: typeof body === "string" ? JSON.parse(body) : body,
    accepts_response_payload: false,
    retry_attempt: retryAttempt,
    retry_reason: retryAttempt > 0 ? "timeout" : "",
  };
}

/**
 * A local stand-in for Slack's Socket Mode WebSocket (wss://wss-primary.slack.com/link) on 127.0.0.1. Like
 * Slack it says `hello` to each new connection; `send` pushes an envelope and resolves with the app's ack.
 */
export class FakeSlackSocket {
  readonly acks: SocketAck[] = [];
  readonly #waiting = new Map<string, (ack: SocketAck) => void>();
  #connections = 0;

  private constructor(
    readonly server: WebSocketServer,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeSlackSocket> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0, path: "/link/" });
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    const fake = new FakeSlackSocket(server, `ws://127.0.0.1:${port}/link/?ticket=test`);
    server.on("connection", (socket) => fake.#accept(socket));
    return fake;
  }

  /** Connections the app has opened so far. */
  get connections(): number {
    return this.#connections;
  }

  /** Pushes an envelope to every connected app; resolves with the ack for its `envelope_id`. */
  send(envelope: SocketEnvelope): Promise<SocketAck> {
    const acked = new Promise<SocketAck>((resolve) => this.#waiting.set(envelope.envelope_id, resolve));
    for (const socket of this.server.clients) socket.send(JSON.stringify(envelope));
    return acked;
  }

  /** Closes the connections still open (after the app has said goodbye, none are), then stops listening. */
  async close(): Promise<void> {
    for (const socket of this.server.clients) if (socket.readyState !== socket.CLOSED) socket.close(1001);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  #accept(socket: WebSocket): void {
    this.#connections += 1;
    socket.on("message", (data) => {
      const ack = JSON.parse(data.toString("utf8")) as SocketAck;
      this.acks.push(ack);
      this.#waiting.get(ack.envelope_id)?.(ack);
      this.#waiting.delete(ack.envelope_id);
    });
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: this.#connections,
        debug_info: { host: "applink-fake", approximate_connection_time: 18060 },
        connection_info: { app_id: "A0OFFICE01" },
      }),
    );
  }
}
