import { afterEach, describe, expect, it } from "vitest";
import { ConsoleProcess } from "../support/engine-console-process.js";
import { tempDbPath } from "../support/temp-db.js";

let cleanup: () => void = () => {};
afterEach(() => cleanup());

describe("npm start shows the dashboard", () => {
  it("the console's 看板 as the office head prints a link the bot's own server signs in with", async () => {
    const tmp = tempDbPath();
    const app = new ConsoleProcess(tmp.path);
    cleanup = () => {
      app.kill();
      tmp.cleanup();
    };
    await app.waitFor(/You are 王老师/);
    app.type("/as 张主任", "看板");
    const [link] = await app.waitFor(/http:\/\/localhost:\d+\/dashboard\/login\?token=\S+/);
    const signIn = await fetch(link, { redirect: "manual" });
    expect(signIn.status).toBe(303);
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    const page = await fetch(new URL("/dashboard", link), { headers: { cookie } });
    expect(await page.text()).toContain("综合办实时看板");
    expect(await app.end()).toBe(0);
  }, 60_000);
});
