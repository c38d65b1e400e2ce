import { describe, expect, it } from "vitest";
import { isFreshTimestamp } from "../../../src/channels/slack/request-timestamp.js";

describe("Slack request timestamps", () => {
  const now = Date.UTC(2026, 11, 2, 6, 0, 0);
  const seconds = now / 1000;

  it("accepts up to five minutes either way and refuses one second more", () => {
    expect(isFreshTimestamp(String(seconds + 300), now)).toBe(true);
    expect(isFreshTimestamp(String(seconds - 300), now)).toBe(true);
    expect(isFreshTimestamp(String(seconds + 301), now)).toBe(false);
    expect(isFreshTimestamp(String(seconds - 301), now)).toBe(false);
  });

  it("refuses a value that is not a plain number of seconds", () => {
    for (const bad of ["", "abc", `${seconds}.5`, "-1", "9".repeat(400), undefined]) {
      expect(isFreshTimestamp(bad, now)).toBe(false);
    }
    expect(isFreshTimestamp([String(seconds)], now)).toBe(true);
  });
});
