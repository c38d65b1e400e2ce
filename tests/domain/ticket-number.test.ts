import { describe, expect, it } from "vitest";
import { findTicketNumber, formatTicketNumber, ticketNumberOf } from "../../src/domain/ticket-number.js";

describe("ticket numbers (G1/G11)", () => {
  it("follow 综合办-YYYYMMDD-001 with a three-digit daily sequence", () => {
    expect(formatTicketNumber("综合办", "2026-11-27", 1)).toBe("综合办-20261127-001");
    expect(formatTicketNumber("综合办", "2026-11-27", 42)).toBe("综合办-20261127-042");
  });

  it("keep counting past 999 on a very busy day instead of wrapping", () => {
    expect(formatTicketNumber("综合办", "2026-11-27", 1000)).toBe("综合办-20261127-1000");
  });

  it("use the configured prefix", () => {
    expect(formatTicketNumber("教务办", "2027-01-05", 7)).toBe("教务办-20270105-007");
  });

  it("refuse a zero or fractional sequence and a malformed date", () => {
    expect(() => formatTicketNumber("综合办", "2026-11-27", 0)).toThrow(RangeError);
    expect(() => formatTicketNumber("综合办", "2026-11-27", 1.5)).toThrow(RangeError);
    expect(() => formatTicketNumber("综合办", "20261127", 1)).toThrow(RangeError);
  });

  it("are found inside a chat message and rebuilt exactly", () => {
    const parts = findTicketNumber("查询 综合办-20261127-003 谢谢");
    expect(parts).toEqual({
      prefix: "综合办",
      localDate: "2026-11-27",
      sequence: 3,
      text: "综合办-20261127-003",
    });
    expect(ticketNumberOf(parts!)).toBe("综合办-20261127-003");
    expect(ticketNumberOf(findTicketNumber("综合办-20261127-0003")!)).toBe("综合办-20261127-003");
  });

  it("keep a sequence no ticket can have as typed instead of failing", () => {
    const long = `综合办-20261202-${"9".repeat(309)}`;
    expect(ticketNumberOf(findTicketNumber(`查询 ${long}`)!)).toBe(long);
    expect(ticketNumberOf(findTicketNumber("查询 综合办-20261202-000")!)).toBe("综合办-20261202-000");
    expect(ticketNumberOf(findTicketNumber("综合办-20261202-99999999999999999")!)).toBe(
      "综合办-20261202-99999999999999999",
    );
  });

  it("are not invented from text without a number", () => {
    expect(findTicketNumber("我的工单")).toBeUndefined();
    expect(findTicketNumber("2026-11-27")).toBeUndefined();
  });
});
