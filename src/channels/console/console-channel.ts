import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { detectLocale } from "../../engine/texts/index.js";
import type { Channel, InboundHandler, OutgoingMessage, Recipient } from "../channel.js";
import { textWithChoices } from "../numbered-choices.js";

export interface ConsoleChannelOptions {
  input?: Readable;
  output?: Writable;
  /** Who you are when the console starts (a teacher not in the directory by default). */
  identity?: string;
  /** Called when the input ends (e.g. a piped script is done). */
  onEnd?: () => void;
}

/**
 * The local console: type as a teacher, `/as 李文员` to act as a clerk, and see every message the bot sends to
 * anyone. It needs no chat credentials and uses the same engine and database as Slack and WeChat.
 */
export class ConsoleChannel implements Channel {
  readonly name = "console" as const;
  readonly #input: Readable;
  readonly #output: Writable;
  readonly #onEnd: (() => void) | undefined;
  #identity: string;
  #closed: Promise<void> | undefined;

  constructor(options: ConsoleChannelOptions = {}) {
    this.#input = options.input ?? process.stdin;
    this.#output = options.output ?? process.stdout;
    this.#identity = options.identity ?? "王老师";
    this.#onEnd = options.onEnd;
  }

  get identity(): string {
    return this.#identity;
  }

  async start(handler: InboundHandler): Promise<void> {
    const lines = createInterface({ input: this.#input, terminal: false });
    this.#print(`office-desk console. You are ${this.#identity}. "/as 名字" switches identity, "/quit" exits. 回复“菜单”开始。`);
    this.#prompt();
    this.#closed = (async () => {
      let buffer: string[] = [];
      for await (const line of lines) {
        // A line ending in "\" continues the message, so "字段: 值" forms can be typed over several lines.
        if (line.endsWith("\\")) {
          buffer.push(line.slice(0, -1));
          continue;
        }
        const text = [...buffer, line].join("\n");
        buffer = [];
        if (text.trim() === "/quit") break;
        await this.#handleLine(text, handler);
        this.#prompt();
      }
      lines.close();
      this.#onEnd?.();
    })();
  }

  async #handleLine(text: string, handler: InboundHandler): Promise<void> {
    const as = /^\/as\s+(.+)$/.exec(text.trim());
    if (as) {
      this.#identity = as[1]!.trim();
      this.#print(`— now acting as ${this.#identity}`);
      return;
    }
    if (text.trim() === "") return;
    try {
      const replies = await handler({ sender: { channel: "console", userId: this.#identity, displayName: this.#identity }, text });
      const locale = detectLocale(text) ?? "zh";
      for (const reply of replies) this.#print(`🤖 → ${this.#identity}:\n${indent(textWithChoices(reply.text, reply.choices, locale))}`);
    } catch (error) {
      this.#print(`(error: ${(error as Error).message})`);
    }
  }

  /** Resolves when the input has ended. */
  async closed(): Promise<void> {
    await this.#closed;
  }

  async stop(): Promise<void> {
    this.#input.pause();
  }

  canReach(): boolean {
    return true;
  }

  async deliver(recipient: Recipient, message: OutgoingMessage): Promise<void> {
    this.#print(`📨 → ${recipient.name}:\n${indent(textWithChoices(message.text, message.choices, recipient.locale))}`);
  }

  #prompt(): void {
    this.#output.write(`[${this.#identity}] > `);
  }

  #print(text: string): void {
    this.#output.write(`\n${text}\n`);
  }
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((l) => `   ${l}`)
    .join("\n");
