import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { schoolZone } from "../../src/domain/school-zone.js";

describe("the school zone remembers offsets per quarter hour", () => {
  it.each([
    ["America/New_York", "2026-03-07T00:00:00Z"],
    ["Europe/London", "2026-10-24T00:00:00Z"],
    ["Asia/Kathmandu", "2026-01-01T00:00:00Z"],
    ["Asia/Shanghai", "2026-11-26T00:00:00Z"],
  ])(
    "gives %s's offsets and wall times exactly as luxon does, minute by minute over a transition",
    (name, from) => {
      const zone = schoolZone(name);
      const iana = IANAZone.create(name);
      const start = Date.parse(from);
      for (let t = start; t < start + 3 * 86_400_000; t += 60_000) {
        expect(zone.offset(t)).toBe(iana.offset(t));
      }
      const wall = (z: typeof zone | typeof iana) =>
        DateTime.fromMillis(start + 30 * 3_600_000, { zone: z }).toFormat("yyyy-MM-dd HH:mm ZZ");
      expect(wall(zone)).toBe(wall(iana));
    },
  );

  it("is one shared zone per name, equal to luxon's own", () => {
    expect(schoolZone("Asia/Shanghai")).toBe(schoolZone("Asia/Shanghai"));
    expect(schoolZone("Asia/Shanghai").equals(IANAZone.create("Asia/Shanghai"))).toBe(true);
    expect(DateTime.fromISO("2026-11-26T10:00", { zone: schoolZone("Asia/Shanghai") }).zoneName).toBe(
      "Asia/Shanghai",
    );
  });
});
