import { describe, expect, it } from "vitest";
import { insertTickets } from "../support/bulk-tickets.js";
import { engineHarnessPerTest, shanghai } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

const numbersIn = (text: string) => text.match(/综合办-20261126-\d{3}/g) ?? [];
const number = (i: number) => `综合办-20261126-${String(i).padStart(3, "0")}`;

/** `count` open 后勤 tickets, the first created first. */
function queueOf(count: number, requesterId?: number) {
  insertTickets(
    h.db,
    Array.from({ length: count }, (_, i) => ({
      number: number(i + 1),
      createdAt: shanghai(`2026-11-26 0${Math.floor(i / 60) + 7}:${String(i % 60).padStart(2, "0")}`),
      ...(requesterId ? { requesterId } : {}),
    })),
  );
}

describe("long lists come a page at a time", () => {
  it("待办 shows the first 20 of 45 with the total, and 更多 continues to the end", () => {
    queueOf(45);
    const clerk = h.user("刘师傅");
    const first = clerk.say("待办");
    expect(numbersIn(first)).toEqual(Array.from({ length: 20 }, (_, i) => number(i + 1)));
    expect(first).toContain("显示前 20 条，共 45 条 · 回复“更多”");

    const second = clerk.say("更多");
    expect(numbersIn(second)).toEqual(Array.from({ length: 20 }, (_, i) => number(i + 21)));
    expect(second).toContain("显示第 21–40 条，共 45 条 · 回复“更多”");

    const last = clerk.say("更多");
    expect(numbersIn(last)).toEqual([41, 42, 43, 44, 45].map(number));
    expect(last).toContain("显示第 41–45 条，共 45 条");
    expect(last).not.toContain("回复“更多”");
    // Nothing is left to show: "更多" is an ordinary message again, not another page.
    expect(numbersIn(clerk.say("更多"))).toEqual([]);
  });

  it("a short queue has no page line, and anything but 更多 after a page drops the paging", () => {
    queueOf(3);
    const clerk = h.user("刘师傅");
    const all = clerk.say("待办");
    expect(numbersIn(all)).toHaveLength(3);
    expect(all).not.toContain("显示");

    insertTickets(
      h.db,
      Array.from({ length: 30 }, (_, i) => ({
        number: `综合办-20261125-${String(i + 1).padStart(3, "0")}`,
        createdAt: shanghai(`2026-11-25 08:${String(i).padStart(2, "0")}`),
      })),
    );
    expect(clerk.say("待办")).toContain("显示前 20 条，共 33 条");
    clerk.say("菜单");
    expect(numbersIn(clerk.say("更多"))).toEqual([]);
  });

  it("我的工单 pages a teacher's tickets newest first, in English too", () => {
    const teacher = h.user("Mr Smith");
    teacher.say("menu");
    const id = (h.db.$client.prepare("select id from people where name = 'Mr Smith'").get() as { id: number })
      .id;
    queueOf(23, id);
    const first = teacher.say("my tickets");
    expect(numbersIn(first)).toEqual(Array.from({ length: 20 }, (_, i) => number(23 - i)));
    expect(first).toContain('Showing the first 20 of 23 · reply "more"');
    const rest = teacher.say("more");
    expect(numbersIn(rest)).toEqual([3, 2, 1].map(number));
    expect(rest).toContain("Showing 21–23 of 23");
  });

  it("the office head's 待办 covers every post and stays one page long", () => {
    queueOf(25);
    const head = h.user("张主任").say("待办");
    expect(numbersIn(head)).toHaveLength(20);
    expect(head).toContain("共 25 条");
  });
});
