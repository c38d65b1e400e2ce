import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import type { FileBoxInterface } from "file-box";
import { pino } from "pino";
import { type types, type Wechaty, WechatyBuilder, types as wechatyTypes } from "wechaty";
import { mock, PuppetMock } from "wechaty-puppet-mock";
import { type App, createApp } from "../../src/app.js";
import type { ContactMatch } from "../../src/channels/wechat/contact-finder.js";
import { WechatChannel } from "../../src/channels/wechat/wechat-channel.js";
import { loadConfig } from "../../src/config/config.js";

type ContactMock = mock.ContactMock;
type RoomMock = mock.RoomMock;
type MessagePayload = ReturnType<mock.Mocker["messagePayload"]>;

/** What the bot sent: to a contact (private chat) or into a group. */
export interface Sent {
  id: string;
  to: string;
  text: string;
}

export interface WechatHarnessOptions {
  /** The app's clock at the start; default Thursday 2026-11-26 10:00 in Shanghai. */
  now?: Date;
  contactMatch?: ContactMatch;
}

/** The bot account's display name; group messages @mention it by this name. */
export const botName = "综合办助手";

interface Parts {
  app: App;
  channel: WechatChannel;
  wechaty: Wechaty;
  mocker: mock.Mocker;
  puppet: PuppetMock;
  bot: ContactMock;
  qrOutput: PassThrough;
  clock: { now: Date };
  dir: string;
}

/**
 * The whole app (real SQLite file in a temp folder, the real engine, directory and flows) behind a real
 * Wechaty on `wechaty-puppet-mock`. People are mock contacts who send messages to the bot or into groups;
 * every message the bot sends is recorded. Each `say…` resolves once the channel has answered the message.
 *
 * ```ts
 * const wx = await openWechatHarness();
 * const teacher = wx.person("王老师");
 * await wx.say(teacher, "投影仪坏了");
 * wx.textsTo(teacher); // the bot's replies
 * ```
 */
export class WechatHarness {
  readonly sent: Sent[] = [];
  readonly app: App;
  readonly channel: WechatChannel;
  readonly wechaty: Wechaty;
  readonly mocker: mock.Mocker;
  readonly puppet: PuppetMock;
  /** The office's own WeChat account, which the bot runs. */
  readonly bot: ContactMock;
  /** Where the channel draws the login QR code. */
  readonly qrOutput: PassThrough;
  readonly #clock: { now: Date };
  readonly #dir: string;
  #waiters: Array<() => void> = [];

  private constructor(parts: Parts) {
    this.app = parts.app;
    this.channel = parts.channel;
    this.wechaty = parts.wechaty;
    this.mocker = parts.mocker;
    this.puppet = parts.puppet;
    this.bot = parts.bot;
    this.qrOutput = parts.qrOutput;
    this.#clock = parts.clock;
    this.#dir = parts.dir;
  }

  static async open(options: WechatHarnessOptions = {}): Promise<WechatHarness> {
    const dir = mkdtempSync(join(tmpdir(), "office-desk-wechat-"));
    const clock = { now: options.now ?? thursdayTenAm };
    const mocker = new mock.Mocker();
    const puppet = new PuppetMock({ mocker });
    const wechaty = WechatyBuilder.build({ puppet });
    const silent = pino({ level: "silent" });
    const qrOutput = new PassThrough();
    const channel = new WechatChannel({ wechaty, log: silent, qrOutput, contactMatch: options.contactMatch });
    const app = await createApp({
      config: loadConfig({ DATABASE_PATH: join(dir, "office.db"), LOG_LEVEL: "silent", PORT: "0" }),
      log: silent,
      clock: () => new Date(clock.now.getTime()),
      channels: async () => [channel],
      catchUpInBackground: false,
    });
    await app.start();
    const bot = mocker.createContact({ name: botName });
    const harness = new WechatHarness({ app, channel, wechaty, mocker, puppet, bot, qrOutput, clock, dir });
    harness.#record();
    await harness.login();
    return harness;
  }

  /** The app's clock (engine and outbox); WeChat message times stay real. */
  now(): Date {
    return new Date(this.#clock.now.getTime());
  }

  setNow(at: Date): void {
    this.#clock.now = at;
  }

  /** Logs the bot's account in (again) and waits until Wechaty reports it. */
  async login(): Promise<void> {
    const loggedIn = new Promise<void>((resolve) => this.wechaty.once("login", () => resolve()));
    this.mocker.login(this.bot);
    await loggedIn;
  }

  async logout(): Promise<void> {
    const loggedOut = new Promise<void>((resolve) => this.wechaty.once("logout", () => resolve()));
    await this.puppet.logout();
    await loggedOut;
  }

  /** A WeChat user; `alias` is the name the office account saved them under (备注). */
  person(name: string, alias?: string): ContactMock {
    return this.mocker.createContact({ name, alias });
  }

  group(topic: string, members: ContactMock[]): RoomMock {
    return this.mocker.createRoom({
      id: `${randomUUID()}@chatroom`,
      topic,
      memberIdList: [this.bot.id, ...members.map((m) => m.id)],
    });
  }

  /** A private message (text, or a photo/file as a FileBox) to the bot; resolves to its id once answered. */
  say(from: ContactMock, content: string | FileBoxInterface): Promise<string> {
    return this.#deliver(() => from.say(content).to(this.bot));
  }

  /** A group message that @mentions the bot. */
  mention(from: ContactMock, room: RoomMock, text: string): Promise<string> {
    return this.#deliver(() => from.say(`@${botName}\u2005${text}`, [this.bot]).to(room));
  }

  /** A group message for the other members, not the bot. */
  chat(from: ContactMock, room: RoomMock, text: string): Promise<string> {
    return this.#deliver(() => from.say(text).to(room));
  }

  /** A private message of any type and time (stickers, voice, replayed history) with the payload given. */
  send(
    from: ContactMock,
    payload: { type: types.Message; text?: string; timestamp?: number },
  ): Promise<string> {
    const id = randomUUID();
    const message: MessagePayload = {
      id,
      talkerId: from.id,
      listenerId: this.bot.id,
      timestamp: Date.now(),
      ...payload,
    };
    return this.#deliver(() => {
      this.mocker.MessageMock.create(message);
      this.puppet.emit("message", { messageId: id });
    }, id);
  }

  /** The office account itself writes to someone (from a phone, say); the bot must not answer itself. */
  fromBot(to: ContactMock, text: string): Promise<string> {
    return this.#deliver(() => this.bot.say(text).to(to));
  }

  /** The puppet delivers a message it delivered before (same id), as WeChat sometimes does. */
  redeliver(id: string): Promise<string> {
    return this.#deliver(() => this.puppet.emit("message", { messageId: id }), id);
  }

  /** Texts the bot sent to a contact privately, or into a group. */
  textsTo(target: ContactMock | RoomMock): string[] {
    return this.sent.filter((s) => s.to === target.id).map((s) => s.text);
  }

  /** Files the bot sent to a contact privately, or into a group: their names and bytes. */
  async filesTo(target: ContactMock | RoomMock): Promise<{ name: string; data: Buffer }[]> {
    const files: { name: string; data: Buffer }[] = [];
    for (const s of this.sent.filter((s) => s.to === target.id)) {
      const type = this.mocker.messagePayload(s.id).type;
      if (type !== wechatyTypes.Message.Attachment && type !== wechatyTypes.Message.Image) continue;
      const box = await this.puppet.messageFile(s.id);
      files.push({ name: box.name, data: await box.toBuffer() });
    }
    return files;
  }

  /** Waits (without a timer) until the bot has sent something to `target` that matches. */
  async waitFor(target: ContactMock | RoomMock, match: (text: string) => boolean): Promise<string> {
    for (;;) {
      const found = this.textsTo(target).find(match);
      if (found !== undefined) return found;
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  async close(): Promise<void> {
    await this.app.stop();
    rmSync(this.#dir, { recursive: true, force: true });
  }

  /** Records each message the bot's account sends; the mock emits it on the puppet as it is sent. */
  #record(): void {
    this.puppet.on("message", ({ messageId }) => {
      const payload = this.mocker.messagePayload(messageId);
      if (payload.talkerId !== this.bot.id) return;
      const to =
        "roomId" in payload && payload.roomId
          ? payload.roomId
          : "listenerId" in payload
            ? (payload.listenerId ?? "")
            : "";
      this.sent.push({ id: messageId, to, text: payload.text ?? "" });
      for (const wake of this.#waiters.splice(0)) wake();
    });
  }

  /**
   * Runs `send`, which makes the puppet announce one message, and resolves with its id when Wechaty has
   * passed it on and the channel has finished answering it.
   */
  async #deliver(send: () => void, knownId?: string): Promise<string> {
    let id = knownId;
    const announced = (payload: { messageId: string }) => {
      id ??= payload.messageId;
    };
    this.puppet.once("message", announced);
    const received = new Promise<void>((resolve) => {
      const onMessage = (message: { id: string }) => {
        if (message.id !== id) return;
        this.wechaty.off("message", onMessage);
        resolve();
      };
      this.wechaty.on("message", onMessage);
    });
    send();
    this.puppet.off("message", announced);
    await received;
    await this.channel.settled();
    await this.app.inbox.settled();
    return id!;
  }
}

/** Thursday 2026-11-26 10:00 in Shanghai: a working day, within office hours. */
const thursdayTenAm = new Date("2026-11-26T02:00:00Z");

export const openWechatHarness = (options?: WechatHarnessOptions) => WechatHarness.open(options);
