import {
  defineFlow,
  list,
  plan,
  respond,
  room,
  roomName,
  summaryText,
  type TimeRangeValue,
  text,
  timeRange,
  workingDays,
  yesNo,
} from "../src/engine/flow-kit/index.js";

// "会议室" means a room booking; "开会/会议安排" means this flow. A message reporting a fault is a repair.
const day = (d: Date, timeZone: string) => d.toLocaleDateString("en-CA", { timeZone });

// The venue is held through room booking on confirm (src/meetings); the notice to `invitees` goes out 7 days ahead.
// G14: every request gets feedback within 1 working day. The plan (room, equipment and notice confirmed)
// follows within 3 working days, G14's limit for major matters. No resolution clock: set-up 3 days before
// (G3) and the minutes afterwards (G5) hang on the meeting's own date, which an SlaTarget cannot express.
export default defineFlow({
  id: "meeting",
  version: 2,
  title: { zh: "会务安排", en: "Meeting arrangement" },
  description: {
    zh: "会议场地布置、设备调试、会议通知与纪要",
    en: "Meeting set-up, equipment, notices and minutes",
  },
  intents: ["开会", "会务", "会议安排", "布置会场", "座谈会", "典礼", "meeting", "ceremony"],
  // What people say to ask for this service; the intent model learns from these at start-up.
  examples: [
    "下周一开全校教职工大会，请布置会场",
    "周三下午的表彰会需要音响和话筒",
    "请会务组准备明天的座谈会",
    "明天的例会需要摆桌签、倒茶水",
    "组织一次各年级组长参加的工作会议",
    "下个月的教学开放日需要布置报告厅",
    "家长开放日要布置会场并安排签到",
    "毕业典礼需要搭主席台",
    "请帮忙安排周五的党员大会",
    "学校要开一个多个部门参加的协调会",
    "期末总结大会需要准备横幅和音响",
    "下周四有领导来检查，需要安排汇报会",
    "运动会开幕式需要音响和主席台",
    "组织德育处和年级组的联席会",
    "新学期全体教师会议，请协助准备",
    "开会需要准备签到表和材料袋",
    "明天下午开教研组长会，帮忙布置一下",
    "讲座前需要调试音响和投影",
    "周末的校友座谈会请会务组安排茶歇",
    "校务会要做会议纪要",
    "下周的班主任培训会请准备会场",
    "迎新典礼需要布置舞台和灯光",
    "请安排一下学期初的工作部署会",
    "区里来人开现场会，需要摆放座签",
    "年级家长会请会务组协助布置",
    "各处室负责人碰头会，周二上午",
    "会议通知要发给所有中层干部",
    "安全工作会议需要准备投影和会议材料",
    "帮忙安排一个教学质量分析会",
    "举办一场教师节庆祝大会",
    "Please set up the hall for Monday's staff meeting",
    "We need microphones and name cards for the governors' meeting",
    "Can the meetings team arrange the opening ceremony?",
    "Organise a joint meeting of the academic and logistics offices",
    "Prepare the venue and sign-in for the parents' meeting",
    "I need help arranging a cross-department meeting next week",
    "Set up the stage and sound for the award ceremony",
    "Please arrange tea and water for the board meeting on Friday",
    "Could you take the minutes of the heads of department meeting?",
    "We are holding an all-staff assembly, please prepare the room",
  ],
  post: "huiwu",
  creates: "meeting",
  service: "meetings",
  // The agenda or other papers (G11: up to 5 MB each, the guide's email attachment limit).
  acceptsAttachments: true,
  fields: [
    text("topic", {
      label: { zh: "会议主题", en: "topic" },
      prompt: { zh: "请问会议主题是什么？", en: "What is the meeting about?" },
      help: { zh: "一句话说明会议内容。", en: "One line on what the meeting is about." },
      example: { zh: "期中考试工作部署会", en: "Mid-term exam planning meeting" },
      min: 2,
      max: 100,
      fills: "meeting-topic",
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
      fills: "equipment",
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
      when: "crossDepartment",
    }),
    list("invitees", {
      label: { zh: "通知对象", en: "people to notify" },
      prompt: {
        zh: "请列出需要收到会议通知和议程的参会人姓名（用顿号隔开）。",
        en: "Who should get the notice and agenda? List their names, separated by commas.",
      },
      help: {
        zh: "写通讯录里的姓名；通知提前7天发出，会后纪要也发给他们。",
        en: "Names as in the directory; the notice goes out 7 days ahead and the minutes follow the meeting.",
      },
      example: { zh: "张主任、李文员", en: "Director Zhang, Clerk Li" },
      required: (v) => v.crossDepartment === true,
      max: 50,
    }),
  ],
  priority: (v) => (v.crossDepartment === true ? "important" : "normal"),
  sla: () => [respond(workingDays(1)), plan(workingDays(3))],
  summary: (v, ctx) => summaryText(`${roomName(v.place, ctx)} ${v.topic ?? ""}`.trim()),
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
