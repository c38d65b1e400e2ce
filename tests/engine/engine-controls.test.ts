import { describe, expect, it } from "vitest";
import { conversations, outbox, ticketEvents, tickets } from "../../src/db/schema.js";
import { engineHarnessPerTest } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

/** Reports a projector repair up to the review. */
function repairToReview(name = "王老师"): string {
  const teacher = h.user(name);
  teacher.say("投影仪坏了");
  teacher.say("教学楼A301");
  return teacher.say("分机 8021");
}

describe("menu and starting a service", () => {
  it("lists the services numbered on 菜单/帮助/help and starts the one picked by its number", () => {
    const teacher = h.user("王老师");
    const [menu] = teacher.send("菜单");
    expect(menu?.text).toContain("您好！这里是学校综合办公室。");
    const titles = menu?.choices?.map((c) => c.value) ?? [];
    expect(titles).toEqual(
      expect.arrayContaining([
        "报修",
        "会议室预约",
        "会务安排",
        "信息发布",
        "文件收发",
        "文件复印",
        "投诉与建议",
        "物资领用",
      ]),
    );
    expect(titles).toHaveLength(8);
    const repair = titles.indexOf("报修") + 1;
    expect(menu?.choices?.[repair - 1]?.label).toBe("报修");
    // Text channels number the choices; the text itself never lists them a second time.
    expect(menu?.text).not.toContain("报修");
    expect(teacher.send("帮助")[0]?.choices).toEqual(menu?.choices);

    const started = teacher.say(`${repair}`);
    expect(started).toContain("好的，我们来办理【报修】。");
    expect(started).toContain("请问在哪里？");
  });

  it("'菜单' in the middle of a flow, then a number, starts that service instead of answering with its title", () => {
    const teacher = h.user("王老师");
    teacher.say("投影仪坏了");
    const [menu] = teacher.send("菜单");
    const booking = (menu?.choices?.map((c) => c.value) ?? []).indexOf("会议室预约") + 1;
    const reply = teacher.say(String(booking));
    expect(reply).toContain("好的，我们来办理【会议室预约】。");
    expect(reply).toContain("请问要预约哪个场地？");
    expect(h.db.select().from(conversations).get()).toMatchObject({ flowId: "room-booking", values: {} });
  });

  it("shows the English menu to someone writing English", () => {
    const [menu] = h.user("Tom").send("help");
    expect(menu?.text).toContain("Hello! This is the school's general office.");
    expect(menu?.choices?.map((c) => c.value)).toContain("Repair");
  });

  it("answers an unknown request with one short menu of service titles, listed once", () => {
    const replies = h.user("王老师").send("今天天气怎么样");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toBe("抱歉，我没有完全明白。我可以帮您办这些事，请回复编号或换个说法：");
    expect(replies[0]?.choices?.map((c) => c.label)).toContain("报修");
    expect(replies[0]?.choices).toHaveLength(8);
  });
});

describe("controls inside a flow", () => {
  it("'帮助' explains the current field with an example and asks it again", () => {
    const teacher = h.user("王老师");
    teacher.say("投影仪坏了");
    const help = teacher.say("帮助");
    expect(help).toContain("【地点】写清楼栋和房间号，方便师傅找到。");
    expect(help).toContain("例如：教学楼A301");
    expect(help).toContain("请问在哪里？");
  });

  it("'返回' goes back to the previous question and forgets its answer", () => {
    const teacher = h.user("王老师");
    teacher.say("报修");
    teacher.say("教学楼A301");
    expect(teacher.say("返回")).toContain("请问在哪里？");
    expect(h.db.select().from(conversations).get()?.values).toEqual({});
    expect(teacher.say("返回")).toContain("已经是第一项了。");
    teacher.say("教学楼B101");
    expect(teacher.say("back")).toContain("Where is it?");
  });

  it("'取消' ends the flow and saves nothing; a second 取消 says nothing is in progress", async () => {
    const teacher = h.user("王老师");
    teacher.say("投影仪坏了");
    teacher.say("教学楼A301");
    expect(teacher.say("取消")).toContain("已取消，没有保存任何内容。");
    expect(h.db.select().from(conversations).get()).toMatchObject({ flowId: null, step: null, values: {} });
    expect(h.db.select().from(tickets).all()).toHaveLength(0);
    expect(h.db.select().from(outbox).all()).toHaveLength(0);
    expect(teacher.say("取消")).toContain("当前没有正在办理的事项。");
    expect(await h.delivered()).toEqual([]);
  });

  it("'跳过' leaves an optional field out of the review; a skipped list reads as none", () => {
    const teacher = h.user("王老师");
    teacher.say("明天下午2点到4点借301会议室");
    teacher.say("教研活动");
    teacher.say("否");
    teacher.say("15人");
    expect(teacher.say("跳过")).toContain("所需设备：无");
    expect(h.db.select().from(conversations).get()?.values).toMatchObject({ equipment: [] });
  });

  it("an invalid answer is explained politely and the question is asked again", () => {
    const teacher = h.user("王老师");
    teacher.say("报修");
    teacher.say("教学楼A301");
    const reply = teacher.say("坏");
    expect(reply).toContain("“问题”至少需要 2 个字，请再具体一点，例如：投影仪不亮");
    expect(reply).toContain("请描述一下问题。");
  });
});

describe("the review: confirm, edit, cancel", () => {
  it("'修改 地点' re-asks one field and goes straight back to the review", () => {
    expect(repairToReview()).toContain("地点：教学楼A301");
    const teacher = h.user("王老师");
    expect(teacher.say("修改 地点")).toContain("请问在哪里？");
    const review = teacher.say("行政楼201");
    expect(review).toContain("请核对【报修】的信息");
    expect(review).toContain("地点：行政楼201");
    expect(review).toContain("联系方式：分机 8021");
  });

  it("'修改联系方式' without a space works too, while an answer starting with 改 stays an answer", () => {
    repairToReview();
    const teacher = h.user("王老师");
    expect(teacher.say("修改联系方式")).toContain("请留一个联系电话或分机");
    expect(teacher.say("分机 9000")).toContain("联系方式：分机 9000");

    const other = h.user("李老师");
    other.say("报修");
    other.say("教学楼A301");
    expect(other.say("改装过的插座冒烟了")).toContain("属于哪一类？");
  });

  it("a correction that fails validation keeps the old value and says why", () => {
    repairToReview();
    const teacher = h.user("王老师");
    teacher.say("修改 联系方式");
    const refused = teacher.say("x");
    expect(refused).toContain("“联系方式”至少需要 3 个字");
    expect(refused).toContain("“联系方式”保持原值不变。");
    expect(h.db.select().from(conversations).get()?.values).toMatchObject({ contact: "分机 8021" });
    const back = teacher.say("返回");
    expect(back).toContain("联系方式：分机 8021");

    const line = teacher.say("联系方式: y");
    expect(line).toContain("“联系方式”保持原值不变。");
    expect(line).toContain("联系方式：分机 8021");
  });

  it("'修改' alone offers the items to change; picking one by number re-asks it", () => {
    repairToReview();
    const teacher = h.user("王老师");
    const [pick] = teacher.send("修改");
    expect(pick?.text).toContain("请问要修改哪一项？");
    const labels = pick?.choices?.map((c) => c.label) ?? [];
    expect(labels).toEqual(["地点", "问题", "类别", "联系方式"]);
    expect(teacher.say(String(labels.indexOf("问题") + 1))).toContain("请描述一下问题。");
    expect(teacher.say("投影仪没有画面")).toContain("问题：投影仪没有画面");
  });

  it("names the items that can be changed when asked to change an unknown one", () => {
    repairToReview();
    const reply = h.user("王老师").say("修改 颜色");
    expect(reply).toContain("没有名为“颜色”的项目。可修改的有：地点、问题、类别、联系方式");
  });

  it("'change location' works in English", () => {
    const teacher = h.user("Tom");
    teacher.say("the projector in A301 is broken");
    teacher.say("ext. 8021");
    expect(teacher.say("change location")).toContain("Where is it?");
    expect(teacher.say("Building B room 101")).toContain("location: Building B room 101");
  });

  it("anything else at the review shows the review again", () => {
    repairToReview();
    const reply = h.user("王老师").say("嗯嗯");
    expect(reply).toContain("抱歉，我没有完全明白。");
    expect(reply).toContain("请核对【报修】的信息");
  });

  it("'取消' at the review saves nothing", () => {
    repairToReview();
    expect(h.user("王老师").say("取消")).toContain("没有保存任何内容");
    expect(h.db.select().from(tickets).all()).toHaveLength(0);
    expect(h.db.select().from(ticketEvents).all()).toHaveLength(0);
  });

  it("'确认' picked by number from the review's choices creates the ticket", () => {
    repairToReview();
    expect(h.user("王老师").say("1")).toContain("已受理，工单号：综合办-20261126-001。");
  });
});
