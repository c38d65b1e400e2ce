import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium, which `.ci/run` installs with apt-get when it is missing; nothing downloads a browser. */
export const chromiumPath = "/usr/bin/chromium";

export interface HeadlessBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh profile in a temp folder, started the way it runs as root and offline:
 * no sandbox, no GPU, no background traffic (updates, sync, first-run pages).
 *
 * ```ts
 * const browser = await openChromium({ width: 390, height: 844 });
 * const page = await browser.context.newPage();
 * ```
 */
export async function openChromium(viewport = { width: 1280, height: 900 }): Promise<HeadlessBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "office-desk-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
