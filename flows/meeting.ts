import {
  defineFlow,
  list,
  plan,
  respond,
  room,
  roomName,
  type TimeRangeValue,
  text,
  timeRange,
  workingDays,
  yesNo,
} from "../src/engine/flow-kit/index.js";

// "会议室" means a room booking; "开会/会议安排" means this flow. A message reporting a fault is a repair.
const broken =
  "坏|不亮|不响|漏水|故障|失灵|跳闸|没反应|维修|报修|修理|broken|not working|doesn't work|faulty";
const notRepair = (word: string) =>
  new RegExp(String.raw`(?<!(?:${broken})[\s\S]*)(?:${word})(?![\s\S]*(?:${broken}))`, "i");
const day = (d: Date, timeZone: string) => d.toLocaleDateString("en-CA", { timeZone });
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

// G14: every request gets feedback within 1 working day. The plan (room, equipment and notice confirmed)
// follows within 3 working days, G14's limit for major matters. No resolution clock: set-up 3 days before
// (G3) and the minutes afterwards (G5) hang on the meeting's own date, which an SlaTarget cannot express.
export default defineFlow({
  id: "meeting",
  version: 1,
  title: { zh: "会务安排", en: "Meeting arrangement" },
  description: {
    zh: "会议场地布置、设备调试、会议通知与纪要",
    en: "Meeting set-up, equipment, notices and minutes",
  },
  intents: [
    "开会",
    "会务",
    "会议安排",
    "安排会议",
    "组织会议",
    "召开会议",
    "跨部门会议",
    "座谈会",
    "研讨会",
    "会议纪要",
    "会议(?!室)",
    String.raw`\bmeetings?\b(?!\s*rooms?)`,
  ].map(notRepair),
  post: "huiwu",
  creates: "meeting",
  fields: [
    text("topic", {
      label: { zh: "会议主题", en: "topic" },
      prompt: { zh: "请问会议主题是什么？", en: "What is the meeting about?" },
      help: { zh: "一句话说明会议内容。", en: "One line on what the meeting is about." },
      example: { zh: "期中考试工作部署会", en: "Mid-term exam planning meeting" },
      min: 2,
      max: 100,
      extract: (input) => /(?:主题|议题|topic)\s*[:：是]\s*([^，,。；;\n]{2,60})/i.exec(input)?.[1]?.trim(),
    }),
    text("attendees", {
      label: { zh: "参会人员", en: "attendees" },
      prompt: {
        zh: "请问哪些人或部门参加？大约多少人？",
        en: "Who attends (people or departments), and about how many?",
      },
      help: {
        zh: "写明参会部门或人员和人数，便于布置座位和发通知。",
        en: "List the departments or people and the number, for seating and the notice.",
      },
      example: {
        zh: "各年级组长、教务处，约20人",
        en: "Grade leaders and the academic office, about 20 people",
      },
      min: 2,
      max: 300,
    }),
    timeRange("time", {
      label: { zh: "会议时间", en: "time" },
      prompt: { zh: "请问会议什么时间开始、什么时间结束？", en: "When does the meeting start and end?" },
      help: {
        zh: "会务组会在会前3天完成场地布置和设备调试。",
        en: "The meetings team sets up the room and tests equipment 3 days ahead.",
      },
      example: { zh: "下周五上午9点到11点", en: "next Friday 9am to 11am" },
    }),
    room("place", {
      label: { zh: "会议地点", en: "place" },
      prompt: { zh: "请问在哪个会议室或场地开？", en: "Which room should the meeting be in?" },
      help: {
        zh: "可以说名称或房间号，例如 301、报告厅。",
        en: "Give the name or number, e.g. 301 or lecture hall.",
      },
      example: { zh: "301会议室", en: "Meeting room 301" },
    }),
    list("equipment", {
      label: { zh: "所需设备", en: "equipment" },
      prompt: {
        zh: "需要准备哪些设备？不需要请回复“无”。",
        en: "Which equipment should be prepared? Reply “none” if none.",
      },
      help: {
        zh: "如投影仪、话筒、桌椅、茶水，会前3天调试。",
        en: "E.g. projector, microphones, tables, tea; tested 3 days ahead.",
      },
      example: { zh: "投影仪、话筒、桌椅", en: "projector, microphones, tables" },
      required: false,
    }),
    text("materials", {
      label: { zh: "会议材料", en: "materials" },
      prompt: {
        zh: "有需要准备或分发的会议材料吗？没有可跳过。",
        en: "Any materials to prepare or hand out? You may skip this.",
      },
      help: {
        zh: "例如议程、签到表、需要印制的份数。",
        en: "E.g. the agenda, a sign-in sheet, how many copies to print.",
      },
      example: { zh: "议程和签到表各25份", en: "25 copies of the agenda and a sign-in sheet" },
      required: false,
      max: 500,
    }),
    yesNo("crossDepartment", {
      label: { zh: "跨部门会议", en: "cross-department" },
      prompt: { zh: "是否为跨部门会议？", en: "Is it a cross-department meeting?" },
      help: {
        zh: "跨部门会议须提前7天发出通知、议程和材料。",
        en: "Cross-department meetings need notice, agenda and materials 7 days ahead.",
      },
      example: { zh: "否", en: "no" },
      words: ["跨部门", "多部门", "各部门", "全校", "cross-department", "all departments"],
    }),
  ],
  priority: (v) => (v.crossDepartment === true ? "important" : "normal"),
  sla: () => [respond(workingDays(1)), plan(workingDays(3))],
  summary: (v, ctx) => clip(`${roomName(v.place, ctx)} ${v.topic ?? ""}`.trim()),
  check(v, ctx) {
    const time = v.time as TimeRangeValue | undefined;
    if (!time) return undefined;
    if (new Date(time.start) < ctx.now) {
      return {
        field: "time",
        error: {
          zh: "会议开始时间已经过去了，请换一个时间。",
          en: "That start time has already passed; please choose another time.",
        },
      };
    }
    const today = day(ctx.now, ctx.timeZone);
    const daysAhead = (Date.parse(day(new Date(time.start), ctx.timeZone)) - Date.parse(today)) / 86_400_000;
    if (v.crossDepartment !== true || daysAhead >= 7) return undefined;
    const earliest = new Date(Date.parse(today) + 7 * 86_400_000).toISOString().slice(0, 10);
    return {
      field: "time",
      error: {
        zh: `跨部门会议须提前7天通知（附议程和材料），最早可安排在 ${earliest}。请改期，或如不跨部门请说明。`,
        en: `Cross-department meetings need 7 days' notice with the agenda and materials; the earliest date is ${earliest}. Please move it, or tell me if it is not cross-department.`,
      },
    };
  },
});
