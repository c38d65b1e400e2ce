import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/config.js";

describe("configuration", () => {
  it("runs on the embedded defaults with no variables at all", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      DATABASE_PATH: "./data/office.db",
      OFFICE_TIMEZONE: "Asia/Shanghai",
      TICKET_PREFIX: "综合办",
      LOG_LEVEL: "info",
      PORT: 3000,
      WORK_START: "08:30",
      WORK_END: "17:30",
    });
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
    expect(config.WECHATY_PUPPET).toBeUndefined();
  });

  it.each([
    ["OFFICE_TIMEZONE", "Mars/Olympus", "IANA time zone"],
    ["PORT", "eighty", "PORT"],
    ["LOG_LEVEL", "loud", "LOG_LEVEL"],
    ["WORK_START", "8.30", "HH:MM"],
    ["TICKET_PREFIX", "综合 办", "without spaces"],
    ["SLACK_API_URL", "not a url", "URL"],
  ])("stops start-up on a wrong %s, naming the variable and what it expects", (name, value, expected) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect((error as Error).message).toContain(name);
      expect((error as Error).message).toContain(expected);
    }
  });

  it("refuses working hours that end before they start", () => {
    expect(() => loadConfig({ WORK_START: "17:30", WORK_END: "08:30" })).toThrow(/WORK_END/);
  });

  it("refuses half a Slack configuration", () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it("treats empty variables from .env.example as unset", () => {
    expect(
      loadConfig({ SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: "", WECHATY_PUPPET: "" }).SLACK_BOT_TOKEN,
    ).toBeUndefined();
  });
});
