import { describe, expect, it } from "vitest";
import { archiveReviewJob } from "../../src/archive/jobs/archive-review-job.js";
import { archivedFile } from "../../src/db/queries/archive.js";
import { personByAddress } from "../../src/db/queries/people.js";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { runJob } from "../support/booking-harness.js";
import { receiveDocument } from "../support/document-harness.js";
import { engineHarnessPerTest, shanghai, wall } from "../support/engine-harness.js";

const h = engineHarnessPerTest(); // Thursday 2026-11-26 10:00

const receive = (title: string) => receiveDocument(h, "王老师", { title });

const fileOf = (number: string) => archivedFile(h.db, getTicketByNumber(h.db, number)!.id);
const idOf = (name: string) => personByAddress(h.db, "name", name)?.id;

describe("archiving a document (G2)", () => {
  it("files it with category, retention and two copies from one command, and 档案 lists it", () => {
    const number = receive("关于开展冬季安全检查的通知");
    const desk = h.user("李文员");
    expect(desk.say(`归档 ${number} 类别 行政 保管期限 10年 位置 档案室A柜3层 备份 校档案馆电子库`)).toBe(
      `已归档 ${number}：行政类，保管10年（至 2036-11-26）；存放：档案室A柜3层；备份：校档案馆电子库。`,
    );
    expect(fileOf(number)).toMatchObject({
      category: "admin",
      retentionYears: 10,
      location: "档案室A柜3层",
      backupLocation: "校档案馆电子库",
      archivedOn: "2026-11-26",
      expiresOn: "2036-11-26",
      archivedById: idOf("李文员"),
      status: "archived",
    });
    expect(desk.say("档案")).toBe(
      [
        "档案（共 1 份，显示最新 1 份）：",
        `· ${number} 关于开展冬季安全检查的通知  行政  保管10年至2036-11-26  在档`,
        "  存放：档案室A柜3层；备份：校档案馆电子库",
      ].join("\n"),
    );
    expect(desk.say(`归档 ${number} 类别 教学`)).toBe(`${number} 已在档案中（在档）。`);
  });

  it("asks for what is missing in a short conversation, and asks again for a value it cannot read", () => {
    const number = receive("关于期末考试安排的通知");
    const desk = h.user("李文员");
    expect(desk.say(`归档 ${number}`)).toBe("请问归入哪一类？回复：行政、教学或财务。");
    expect(desk.say("历史")).toBe("类别只能是行政、教学或财务。\n请问归入哪一类？回复：行政、教学或财务。");
    expect(desk.say("教学")).toBe("请问保管期限多久？例如：10年，或“永久”。");
    expect(desk.say("永久")).toBe("请问纸质件存放在哪里？例如：档案室A柜3层。");
    expect(desk.say("档案室B柜")).toBe("档案须双备份：请问备份（第二份）存放在哪里？例如：校档案馆电子库。");
    expect(desk.say("校档案馆电子库")).toBe(
      `已归档 ${number}：教学类，保管永久；存放：档案室B柜；备份：校档案馆电子库。`,
    );
    expect(fileOf(number)).toMatchObject({ category: "teaching", retentionYears: null, expiresOn: null });
  });

  it("answers bad input politely and changes nothing", () => {
    const number = receive("关于开展冬季安全检查的通知");
    const desk = h.user("李文员");
    expect(desk.say(`归档 ${number} 类别 行政 保管期限 很久`)).toBe(
      "保管期限请写年数（如 10年）或“永久”。\n请问保管期限多久？例如：10年，或“永久”。",
    );
    expect(desk.say("取消")).toBe("好的，已取消归档，没有做任何更改。");
    expect(fileOf(number)).toBeUndefined();
    expect(desk.say("归档 综合办-20261126-077 类别 行政")).toBe(
      "找不到工单 综合办-20261126-077，请核对编号。",
    );
    expect(h.user("王老师").say(`归档 ${number} 类别 行政`)).toBe(
      "抱歉，档案只有文印岗和办公室负责人可以管理和查看。",
    );
    expect(h.user("王老师").say("档案")).toBe("抱歉，档案只有文印岗和办公室负责人可以管理和查看。");
    expect(fileOf(number)).toBeUndefined();
  });
});

describe("the quarterly review and destruction approved by the head (G2)", () => {
  function archiveTwo(): { short: string; long: string } {
    const short = receive("2026年临时通知");
    const long = receive("学校章程");
    const desk = h.user("李文员");
    desk.say(`归档 ${short} 类别 行政 保管期限 1年 位置 档案室A柜 备份 电子库`);
    desk.say(`归档 ${long} 类别 行政 保管期限 30年 位置 档案室C柜 备份 电子库`);
    return { short, long };
  }

  it("lists the expired files to the head once a quarter", async () => {
    const { short } = archiveTwo();
    await h.delivered();
    h.clock.set(shanghai("2026-12-01 09:00"));
    await runJob(h, archiveReviewJob("08:30"));
    expect((await h.delivered()).map((d) => [d.to, d.text])).toEqual([
      ["张主任", "【档案季度清查】2026-Q4：没有超过保管期限的档案。"],
    ]);
    h.clock.set(shanghai("2026-12-02 09:00"));
    await runJob(h, archiveReviewJob("08:30"));
    expect(await h.delivered()).toEqual([]);

    h.clock.set(shanghai("2027-12-01 09:00"));
    await runJob(h, archiveReviewJob("08:30"));
    expect((await h.delivered()).map((d) => [d.to, d.text])).toEqual([
      [
        "张主任",
        [
          "【档案季度清查】2027-Q4：以下 1 份档案已超过保管期限，可申请销毁（销毁须经您同意）：",
          `· ${short} 2026年临时通知（行政，2027-11-26 到期，存放：档案室A柜）`,
          "销毁申请：回复“销毁 工单号”。",
        ].join("\n"),
      ],
    ]);
  });

  it("destroys a file only after the head approves in chat; a refusal keeps it; both are recorded", async () => {
    const { short, long } = archiveTwo();
    const desk = h.user("李文员");
    expect(desk.say(`销毁 ${short}`)).toBe(`${short} 的保管期限到 2027-11-26，未到期不能销毁。`);

    h.clock.set(shanghai("2027-12-01 10:00"));
    expect(desk.say(`销毁 ${long}`)).toBe(`${long} 的保管期限到 2056-11-26，未到期不能销毁。`);
    expect(desk.say(`销毁 ${short}`)).toBe(`已提交 ${short} 的销毁申请，办公室负责人同意后才会销毁。`);
    await h.delivered();
    expect(fileOf(short)?.status).toBe("destruction_requested");

    expect(h.user("陈编辑").say(`同意销毁 ${short}`)).toBe("抱歉，只有办公室负责人可以批准或拒绝档案销毁。");
    const head = h.user("张主任");
    expect(head.say(`不同意销毁 ${short} 审计前仍需备查`)).toBe(
      `已拒绝销毁 ${short}，档案继续保管，并通知了申请人。`,
    );
    expect(fileOf(short)).toMatchObject({
      status: "archived",
      destructionDecidedById: idOf("张主任"),
      destructionRefusal: "审计前仍需备查",
      destroyedAt: null,
    });
    expect((await h.delivered()).map((d) => [d.to, d.text])).toEqual([
      ["李文员", `档案 ${short} 的销毁申请未获 张主任 批准，继续保管。原因：审计前仍需备查`],
    ]);
    expect(head.say(`同意销毁 ${short}`)).toBe(`${short} 没有待批准的销毁申请。`);

    h.clock.set(shanghai("2027-12-02 10:00"));
    desk.say(`销毁 ${short}`);
    const asked = (await h.delivered()).find((d) => d.to === "张主任")?.message;
    expect(asked?.text).toContain(`【档案销毁申请】${short} 2026年临时通知，保管期限已于 2027-11-26 届满`);
    expect(asked?.choices?.map((c) => c.value)).toEqual([`同意销毁 ${short}`, `不同意销毁 ${short}`]);
    h.clock.set(shanghai("2027-12-02 11:30"));
    expect(head.say(asked!.choices![0]!.value)).toBe(
      `已同意销毁 ${short}，已记录批准人和时间，并通知了申请人。`,
    );
    const destroyed = fileOf(short)!;
    expect(destroyed).toMatchObject({
      status: "destroyed",
      destructionRequestedById: idOf("李文员"),
      destructionDecidedById: idOf("张主任"),
    });
    expect(wall(destroyed.destroyedAt!)).toBe("2027-12-02 11:30");
    expect((await h.delivered()).map((d) => d.to)).toEqual(["李文员"]);
    expect(desk.say("档案")).toContain(`· ${short} 2026年临时通知  行政  保管1年至2027-11-26  已销毁`);
  });
});
