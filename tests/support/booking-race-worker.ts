import { closeDatabase, openDatabase } from "../../src/db/database.js";
import { SlaCalendar } from "../../src/domain/sla-calendar.js";
import { defaultSettings } from "../../src/engine/context.js";
import { resolveSender as resolvePerson } from "../../src/people/resolve-sender.js";
import { reserveSlot } from "../../src/rooms/booking-reserve.js";
import { findAlternatives } from "../../src/rooms/find-alternatives.js";

/**
 * One of many processes booking the same slot of one SQLite file at the same moment. It prepares, says "ready"
 * and waits for "go", so every process fires together. Modes:
 * - "reserve": its own connection (`openDatabase`) and the booking function itself (`reserveSlot`), with the
 *   alternatives a loser is offered;
 * - "engine": a whole app on the file, a teacher's filled-in booking form confirmed with "确认".
 */
export interface RaceResult {
  worker: number;
  won: boolean;
  /** Alternatives offered to a loser: "room startISO" (reserve) or the buttons' labels (engine). */
  alternatives: string[];
  reply?: string;
}

const [path = "", mode = "reserve", worker = "0", now = "0"] = process.argv.slice(2);
const clock = () => new Date(Number(now));
const teacher = `老师${worker}`;

async function prepare(): Promise<{ race: () => RaceResult; close: () => Promise<void> }> {
  if (mode === "engine") {
    const [{ pino }, { createApp }, { loadConfig }, { bookingLines }] = await Promise.all([
      import("pino"),
      import("../../src/app.js"),
      import("../../src/config/config.js"),
      import("./booking-harness.js"),
    ]);
    const app = await createApp({
      config: loadConfig({ DATABASE_PATH: path, LOG_LEVEL: "silent" }),
      log: pino({ level: "silent" }),
      clock,
      channels: async () => [],
    });
    const sender = { channel: "console" as const, userId: teacher };
    const form = bookingLines({
      room: "301",
      time: "11月30日14:00-15:30",
      purpose: `教研活动${worker}`,
      attendees: 15,
      equipment: "投影仪",
    });
    app.engine.handle({ sender, text: form });
    return {
      race() {
        const replies = app.engine.handle({ sender, text: "确认" });
        const reply = replies.map((r) => r.text).join("\n");
        const alternatives = replies.flatMap((r) => r.choices ?? []).map((c) => c.label);
        return { worker: Number(worker), won: reply.includes("已受理"), alternatives, reply };
      },
      close: () => app.stop(),
    };
  }
  const db = openDatabase(path, { migrate: false });
  const ctx = { calendar: new SlaCalendar(), settings: defaultSettings, clock };
  const person = resolvePerson(db, { channel: "console", userId: teacher });
  const request = {
    roomId: "r301",
    start: new Date("2026-11-30T14:00:00+08:00"),
    end: new Date("2026-11-30T15:30:00+08:00"),
    purpose: `教研活动${worker}`,
    teaching: false,
    attendees: 15,
    equipment: ["投影仪"],
  };
  return {
    race() {
      const result = reserveSlot(db, { request, requesterId: person.id, ticketId: null, now: clock() });
      const alternatives = result.ok
        ? []
        : findAlternatives(ctx, db, request).map((a) => `${a.roomId} ${a.start.toISOString()}`);
      return { worker: Number(worker), won: result.ok, alternatives };
    },
    close: async () => closeDatabase(db),
  };
}

const { race, close } = await prepare();
process.on("message", async (message) => {
  if (message !== "go") return;
  const result = race();
  await close();
  process.send?.(result, () => process.exit(0));
});
process.send?.("ready");
