import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { OutgoingFile, OutgoingReply } from "../../core/messages.js";
import type { Channel, ChannelHealth, Intake, OutgoingMessage, Recipient, ReplyAddress } from "../channel.js";
import { textWithChoices } from "../numbered-choices.js";

export interface ConsoleChannelOptions {
  input?: Readable;
  output?: Writable;
  /** Who you are when the console starts (a teacher not in the directory by default). */
  identity?: string;
  /** Called when the input ends (e.g. a piped script is done). */
  onEnd?: () => void;
  /** Print each line read after its prompt; default on when the input is not a terminal (a piped script). */
  echo?: boolean;
  /** Where files sent back (a ticket's attachments) are saved; the console prints their paths. */
  filesDir?: string;
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
  readonly #echo: boolean;
  readonly #filesDir: string;
  #identity: string;
  #closed: Promise<void> | undefined;

  constructor(options: ConsoleChannelOptions = {}) {
    this.#input = options.input ?? process.stdin;
    this.#output = options.output ?? process.stdout;
    this.#identity = options.identity ?? "王老师";
    this.#onEnd = options.onEnd;
    this.#echo = options.echo ?? !(this.#input as { isTTY?: boolean }).isTTY;
    this.#filesDir = options.filesDir ?? join(process.cwd(), "data", "attachments");
  }

  get identity(): string {
    return this.#identity;
  }

  async start(intake: Intake): Promise<void> {
    const lines = createInterface({ input: this.#input, terminal: false });
    this.#print(
      `office-desk console. You are ${this.#identity}. "/as 名字" switches identity, "/quit" exits. 回复“菜单”开始。`,
    );
    this.#prompt();
    this.#closed = (async () => {
      let buffer: string[] = [];
      for await (const line of lines) {
        if (this.#echo) this.#output.write(`${line}\n`);
        // A line ending in "\" continues the message, so "字段: 值" forms can be typed over several lines.
        if (line.endsWith("\\")) {
          buffer.push(line.slice(0, -1));
          continue;
        }
        const text = [...buffer, line].join("\n");
        buffer = [];
        if (text.trim() === "/quit") break;
        await this.#handleLine(text, intake);
        // Let the outbox dispatcher (kicked on setImmediate) print what the bot sent to others before the
        // next prompt, so a piped script shows each clerk's message right after the step that caused it.
        await new Promise((resolve) => setImmediate(resolve));
        this.#prompt();
      }
      lines.close();
      this.#onEnd?.();
    })();
  }

  async #handleLine(text: string, intake: Intake): Promise<void> {
    const as = /^\/as\s+(.+)$/.exec(text.trim());
    if (as) {
      this.#identity = as[1]!.trim();
      this.#print(`— now acting as ${this.#identity}`);
      return;
    }
    if (text.trim() === "") return;
    try {
      // The line is stored before anything else, and its replies come back through `reply`.
      await intake.take({
        inbound: {
          sender: { channel: "console", userId: this.#identity, displayName: this.#identity },
          text,
          eventId: randomUUID(),
        },
        replyTo: { identity: this.#identity },
      });
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

  health(): ChannelHealth {
    return { up: true, state: "running" };
  }

  async reply(to: ReplyAddress, reply: OutgoingReply): Promise<void> {
    const identity = String(to.identity ?? this.#identity);
    this.#print(`🤖 → ${identity}:\n${indent(textWithChoices(reply.text, reply.choices, reply.locale))}`);
    for (const file of reply.files ?? []) this.#print(`   📎 ${await this.#save(file)}`);
  }

  async deliver(recipient: Recipient, message: OutgoingMessage): Promise<void> {
    this.#print(`📨 → ${recipient.name}:\n${indent(typedChoices(message, recipient.locale))}`);
  }

  /** Saves a file under the files folder (in its ticket's folder), never overwriting one saved before. */
  async #save(file: OutgoingFile): Promise<string> {
    const dir = join(this.#filesDir, safeName(file.folder ?? "files"));
    await mkdir(dir, { recursive: true });
    const name = safeName(file.name) || "file";
    const dot = name.lastIndexOf(".");
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    for (let n = 1; ; n++) {
      const path = join(dir, n === 1 ? name : `${stem}-${n}${ext}`);
      try {
        await writeFile(path, file.data, { flag: "wx" });
        return path;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
  }

  #prompt(): void {
    this.#output.write(`[${this.#identity}] > `);
  }

  #print(text: string): void {
    this.#output.write(`\n${text}\n`);
  }
}

/**
 * A message to someone else is not an answer in their chat, so "1" would not pick its first choice: its
 * choices are shown as the commands to type, leaving out those the text already spells out.
 */
function typedChoices(message: OutgoingMessage, locale: Recipient["locale"]): string {
  const missing = (message.choices ?? []).filter((c) => !message.text.includes(c.value));
  if (missing.length === 0) return message.text;
  return [
    message.text,
    locale === "zh" ? "可回复：" : "You can reply:",
    ...missing.map((c) => `· ${c.value}`),
  ].join("\n");
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((l) => `   ${l}`)
    .join("\n");

/** A file or folder name without path separators or control characters. */
const safeName = (name: string) =>
  name
    .replace(/[\\/:*?"<>|]/g, "_")
    .replace(/\p{Cc}/gu, "_")
    .replace(/^\.+/, "")
    .slice(0, 120);
