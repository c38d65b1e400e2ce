import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { engineHarnessPerTest } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

/** Tickets in the database file itself, leaving out whatever is still only in its write-ahead log. */
function ticketsInFile(path: string): number {
  const copy = join(mkdtempSync(join(tmpdir(), "office-desk-file-")), "office.db");
  copyFileSync(path, copy);
  const db = new Sqlite(copy, { readonly: true });
  try {
    return (db.prepare("select count(*) as n from tickets").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe("write-ahead log checkpoints", () => {
  it("are done in the background: what the bot wrote reaches the database file without a turn waiting for it", async () => {
    for (let i = 0; i < 40; i++) {
      const user = h.user(`老师${i}`);
      user.say(`教学楼A${300 + i}的投影仪不亮了`);
      user.say("分机 8021");
      user.say("确认");
    }
    // The bot's own connection checkpoints only past 10,000 pages; the worker copies the log within a second.
    await new Promise((done) => setTimeout(done, 1200));
    expect(ticketsInFile(h.dbPath)).toBe(40);
  });

  it("stop with the bot, which leaves no log behind", async () => {
    const user = h.user("王老师");
    user.say("教学楼A301的投影仪不亮了");
    user.say("分机 8021");
    user.say("确认");
    await h.app.stop();
    expect(existsSync(`${h.dbPath}-wal`)).toBe(false);
    expect(ticketsInFile(h.dbPath)).toBe(1);
    await h.restart();
  });
});
