import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pruneBackups } from "../../src/db/backup.js";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { databaseBackupJob } from "../../src/scheduler/jobs/database-backup.js";
import { type EngineHarness, openEngineHarness, ticketNumberIn } from "../support/engine-harness.js";
import { SchedulerHarness } from "../support/scheduler-harness.js";

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "office-desk-backups-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const backupsIn = (dir: string) => readdirSync(dir).sort();

describe("daily database backup", () => {
  it("is taken at 02:30 while the bot runs, and a restored backup is a working bot with what was there then", async () => {
    const dir = tempDir();
    const s = await SchedulerHarness.open({
      start: "2026-11-26 10:00",
      jobs: () => [databaseBackupJob({ dir, keepDays: 14 })],
    });
    cleanups.push(async () => {
      await s.close().catch(() => undefined);
      s.dispose();
    });
    const before = s.reportRepair();
    await s.tickUntil("2026-11-27 02:40", 10);
    s.setNow("2026-11-27 09:00");
    const after = s.reportRepair("李老师", "教学楼B201 投影仪不亮 分机 8030");
    // 02:30 in Shanghai is 18:30 UTC the day before; the file is named after that instant.
    expect(backupsIn(dir)).toEqual([expect.stringMatching(/^office-20261126-183000\.db$/)]);

    const h: EngineHarness = await openEngineHarness();
    cleanups.push(() => h.close());
    await h.restoreBackup(join(dir, backupsIn(dir)[0]!));
    expect(getTicketByNumber(h.db, before.number)?.summary).toBe(before.summary);
    expect(getTicketByNumber(h.db, after.number)).toBeUndefined();
    expect(h.user("王老师").say(`查询 ${before.number}`)).toContain(before.number);
    const teacher = h.user("赵老师");
    teacher.say("投影仪坏了");
    teacher.say("教学楼C101");
    teacher.say("分机 8044");
    expect(ticketNumberIn(teacher.say("确认"))).toBe("综合办-20261126-002");
  });

  it("keeps BACKUP_KEEP_DAYS days of copies and deletes older ones", async () => {
    const dir = tempDir();
    const s = await SchedulerHarness.open({
      start: "2026-11-26 10:00",
      jobs: () => [databaseBackupJob({ dir, keepDays: 2 })],
    });
    cleanups.push(async () => {
      await s.close().catch(() => undefined);
      s.dispose();
    });
    await s.tickUntil("2026-12-01 03:00", 10);
    // Five nights (27th to 1st); two days back from the last one reaches the 29th.
    expect(backupsIn(dir)).toEqual([
      "office-20261128-183000.db",
      "office-20261129-183000.db",
      "office-20261130-183000.db",
    ]);
  });

  it("pruning leaves other files alone and also clears a copy left half-written by a crash", () => {
    const dir = tempDir();
    for (const name of ["office-20261101-183000.db", "office-20261101-183000.db.partial", "notes.txt"]) {
      writeFileSync(join(dir, name), "x");
    }
    writeFileSync(join(dir, "office-20261130-183000.db"), "x");
    const removed = pruneBackups(dir, 14, new Date("2026-12-01T00:00:00Z"));
    expect(removed).toEqual(["office-20261101-183000.db", "office-20261101-183000.db.partial"]);
    expect(backupsIn(dir)).toEqual(["notes.txt", "office-20261130-183000.db"]);
    expect(existsSync(join(dir, "notes.txt"))).toBe(true);
  });
});
