import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { type HeadlessBrowser, openChromium } from "../support/chromium.js";
import { EngineHarness } from "../support/engine-harness.js";
import { reportRepair, signInLinkIn } from "./dashboard-fixtures.js";

let h: EngineHarness | undefined;
let browser: HeadlessBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  await h?.close();
  browser = undefined;
  h = undefined;
});

/** Signs in as `name` through the link the bot gives in chat, in a real browser. */
async function signIn(harness: EngineHarness, name: string, viewport?: { width: number; height: number }) {
  browser = await openChromium(viewport);
  const page = await browser.context.newPage();
  await page.goto(signInLinkIn(harness.user(name).say("看板")));
  return page;
}

/** Whether Chart.js made a chart on the canvas and it has drawn pixels. */
function chartDrawn(page: Page, id: string) {
  return page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId) as HTMLCanvasElement | null;
    // biome-ignore lint/suspicious/noExplicitAny: Chart is the global the UMD build defines.
    const chart = canvas && (window as any).Chart?.getChart(canvas);
    if (!canvas || !chart) return { chart: false, pixels: 0 };
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    let pixels = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) pixels += 1;
    return { chart: true, pixels };
  }, id);
}

describe("the live dashboard in Chromium (G19)", () => {
  it("signs the head in from a chat link, draws the charts and shows a new ticket without reloading", async () => {
    h = await EngineHarness.open({ http: true });
    const first = reportRepair(h);
    const page = await signIn(h, "张主任");
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    await expect(page.locator("h1").textContent()).resolves.toBe("综合办实时看板");
    await expect(page.locator(`tr[data-ticket="${first}"]`).count()).resolves.toBe(1);
    for (const id of ["chart-trend", "chart-sla", "chart-ratings"]) {
      const drawn = await chartDrawn(page, id);
      expect(drawn.chart, id).toBe(true);
      expect(drawn.pixels, id).toBeGreaterThan(500);
    }

    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const second = reportRepair(h, "赵老师", "实验楼302");
    await page.locator(`tr[data-ticket="${second}"]`).waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    await expect(page.locator("#intake-total").textContent()).resolves.toBe("2 件");
    expect((await chartDrawn(page, "chart-trend")).chart).toBe(true);
  });

  it("marks an overdue ticket in red and in words, and reads on a phone without sideways scrolling", async () => {
    h = await EngineHarness.open({ http: true });
    const late = reportRepair(h);
    h.clock.advanceMinutes(3 * 24 * 60);
    const fresh = reportRepair(h, "赵老师", "实验楼302");
    const page = await signIn(h, "张主任", { width: 390, height: 844 });
    const lateRow = page.locator(`tr[data-ticket="${late}"]`);
    await expect(lateRow.textContent()).resolves.toContain("⚠ 已超时");
    await expect(page.locator(`tr[data-ticket="${fresh}"]`).textContent()).resolves.not.toContain("已超时");
    // On a phone each ticket is a card; an overdue one has a red edge beside the words.
    const edge = await lateRow.evaluate((tr) => getComputedStyle(tr).borderLeftColor);
    expect(edge).toBe("rgb(198, 40, 40)");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(tmpdir(), "office-desk-dashboard-phone.png"), fullPage: true });
  });

  it("shows a clerk only their own post, in English with ?lang=en", async () => {
    h = await EngineHarness.open({ http: true });
    const repair = reportRepair(h);
    const page = await signIn(h, "李文员");
    const headings = await page.locator("#queue h3").allTextContents();
    expect(headings).toEqual(["文印岗 (0)"]);
    await expect(page.locator(`tr[data-ticket="${repair}"]`).count()).resolves.toBe(0);
    await page.click("a.lang");
    await expect(page.locator("h1").textContent()).resolves.toBe("Office live dashboard");
    await expect(page.locator(".scope").textContent()).resolves.toContain("Posts: Documents & printing desk");
  });

  it("refuses a reused link in the browser with a page in Chinese and English", async () => {
    h = await EngineHarness.open({ http: true });
    const link = signInLinkIn(h.user("张主任").say("看板"));
    browser = await openChromium();
    const page = await browser.context.newPage();
    await page.goto(link);
    const again = await browser.context.newPage();
    await browser.context.clearCookies();
    const response = await again.goto(link);
    expect(response?.status()).toBe(403);
    await expect(again.locator("h1").textContent()).resolves.toBe("链接已使用过");
    await expect(again.locator("h2").textContent()).resolves.toBe("Link already used");
  });
});
