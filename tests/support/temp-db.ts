import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh folder for a test's SQLite file; call `cleanup()` in afterEach/afterAll. */
export function tempDbPath(name = "office.db"): { path: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "office-desk-"));
  return { path: join(dir, name), dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
