import { describe, expect, it } from "vitest";
import { engineHarnessPerTest, ticketNumberIn } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

function reportRepair(name: string, location: string): string {
  const teacher = h.user(name);
  teacher.say("投影仪坏了");
  teacher.say(location);
  teacher.say("分机 8021");
  return ticketNumberIn(teacher.say("确认"));
}

describe("status queries", () => {
  it("'我的工单' lists only the teacher's own tickets with their status", () => {
    expect(h.user("王老师").say("我的工单")).toBe("您目前没有工单。回复“菜单”可以办理新事项。");
    const mine = reportRepair("王老师", "教学楼A301");
    const theirs = reportRepair("李老师", "教学楼B202");
    const list = h.user("王老师").say("我的工单");
    expect(list).toBe(`您的工单：\n${mine}｜报修｜教学楼A301 投影仪坏了｜待受理`);
    expect(list).not.toContain(theirs);
    expect(h.user("Tom").say("my tickets")).toBe('You have no tickets. Reply "menu" to make a new request.');
  });

  it("'查询 <编号>' shows the fields, the post and each deadline to the requester", () => {
    const number = reportRepair("王老师", "教学楼A301");
    const detail = h.user("王老师").say(`查询 ${number}`);
    expect(detail.split("\n")).toEqual([
      `🔴${number}｜报修｜待受理`,
      "地点：教学楼A301",
      "问题：投影仪坏了",
      "类别：教学设备",
      "联系方式：分机 8021",
      "承办岗位：后勤",
      "响应：今天 12:00前",
      "到场：明天 10:00前",
      "办结：12月1日(周二) 10:00前",
    ]);
  });

  it("only the requester, the post's members and the office head can see a ticket", () => {
    const number = reportRepair("王老师", "教学楼A301");
    expect(h.user("李老师").say(`查询 ${number}`)).toBe(`抱歉，您没有查看工单 ${number} 的权限。`);
    expect(h.user("李文员").say(`查询 ${number}`)).toBe(`抱歉，您没有查看工单 ${number} 的权限。`);
    expect(h.user("刘师傅").say(`查询 ${number}`)).toContain("承办岗位：后勤");
    expect(h.user("张主任").say(`查询 ${number}`)).toContain("承办岗位：后勤");
  });

  it("says a number does not exist, in the user's language", () => {
    expect(h.user("王老师").say("查询 综合办-20261126-999")).toBe(
      "没有找到工单 综合办-20261126-999，请检查编号（格式如 综合办-20261127-003）。",
    );
    expect(h.user("Tom").say("status 综合办-20261126-999")).toContain(
      "I could not find ticket 综合办-20261126-999",
    );
  });

  it("answers 'status <number>' in English although the number has a Chinese prefix", () => {
    const teacher = h.user("Tom");
    teacher.say("the projector in A301 is broken");
    teacher.say("ext. 8021");
    const number = ticketNumberIn(teacher.say("confirm"));
    const detail = teacher.say(`status ${number}`);
    expect(detail).toContain(`🔴${number}｜Repair｜waiting to be accepted`);
    expect(detail).toContain("Handled by: Facilities & logistics");
    expect(detail).toContain("Response: by today 12:00");
  });

  it("'待办' shows a clerk the post's queue, urgent first; a teacher is told it is for staff", () => {
    const number = reportRepair("王老师", "教学楼A301");
    expect(h.user("刘师傅").say("待办")).toBe(
      `后勤的待办（紧急优先，其次按期限）：\n🔴${number}｜报修｜教学楼A301 投影仪坏了｜待受理 · 今天 12:00`,
    );
    expect(h.user("王老师").say("待办")).toBe("抱歉，这个命令只有办公室工作人员可以使用。");
  });
});
