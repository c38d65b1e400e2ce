import {
  count,
  defineFlow,
  list,
  repeat,
  respond,
  room,
  roomName,
  text,
  timeRange,
  workingHours,
  yesNo,
} from "../src/engine/flow-kit/index.js";

// Intent matching picks the longest hit, so "会议室的投影仪坏了" must not become a booking: every booking
// word is ignored when the message also reports a fault (that is a repair).
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

// G6: apply → office approves → equipment confirmed 1 day before → check in. The approval is the response:
// 4 working hours (half a day) so a request made today is decided by the next morning, well inside G14's
// 24 h and early enough for the equipment check the day before. No resolution clock: the equipment check
// is anchored to the booking's start, which an SlaTarget (a span from the request) cannot express.
export default defineFlow({
  id: "room-booking",
  version: 2,
  title: { zh: "会议室预约", en: "Room booking" },
  description: {
    zh: "预约会议室、报告厅、多媒体教室及设备",
    en: "Book meeting rooms, the lecture hall, classrooms and equipment",
  },
  intents: ["借用", "预约", "预订", "会议室", "场地", "book", "reserve", "room booking"],
  // What people say to ask for this service; the intent model learns from these at start-up.
  examples: [
    "预约明天下午的301会议室",
    "下周一上午借一下报告厅",
    "想借A201上公开课",
    "明天下午两点到四点用105",
    "周五上午9点到11点借报告厅开讲座",
    "帮我订一个能坐30人的会议室",
    "下周三借多媒体教室考试用",
    "预订三楼会议室，后天上午",
    "请问报告厅这周六有空吗",
    "想借用会议室开教研会，大概15人",
    "明天上午十点到十一点借个小会议室",
    "每周四下午借301开备课组会",
    "下午3点借105找学生谈话，4个人",
    "我要预约场地办读书分享会",
    "周二下午能不能借一下大报告厅",
    "会议室今天下午还能订吗",
    "预约报告厅，需要投影和话筒",
    "借用多媒体教室进行期末监考",
    "帮忙订一间会议室，明早九点",
    "下周借两个小时会议室做新教师培训",
    "有没有空的教室借我下午用一下",
    "想订一下周五的301，用来面试",
    "申请使用报告厅举办家长讲座",
    "明天8点到10点借A201",
    "下下周一全天借报告厅",
    "我想约个会议室，人不多，五六个",
    "借场地开班主任例会",
    "哪个会议室周三上午空着",
    "会议室预约，周四14:00-15:30",
    "帮我看看明天有没有能放投影的小会议室",
    "Can I book meeting room 301 tomorrow afternoon?",
    "I'd like to reserve the lecture hall next Monday morning",
    "Is room 105 free on Thursday at 2pm?",
    "Book the multimedia classroom for my open lesson on Friday",
    "Please reserve a room for 12 people next Tuesday",
    "I need a meeting room from 3 to 5 pm today",
    "Reserve the hall for a talk on Wednesday, about 150 people",
    "Is there a room available for a parents' evening?",
    "Could I use A201 for an exam next week?",
    "Book 301 every Monday 2-4pm for 6 weeks",
    "I want to book a small room for an interview tomorrow",
    "Room booking for the science department on Friday",
    "Can we have the lecture hall with microphones on Saturday?",
    "Need to reserve room 105 for one hour this afternoon",
    "Is the hall available next week?",
    "借报告厅搞元旦文艺汇演",
    "借301开学期总结会",
    "下周五想借礼堂办颁奖典礼，要用音响",
    "借大会议室开家委会，大概25人",
  ],
  post: "huiwu",
  creates: "booking",
  service: "rooms",
  fields: [
    room("room", {
      label: { zh: "场地", en: "room" },
      prompt: { zh: "请问要预约哪个场地？", en: "Which room would you like to book?" },
      help: {
        zh: "可以说名称、房间号或别名，例如 301、报告厅。",
        en: "Give the name, number or alias, e.g. 301 or lecture hall.",
      },
      example: { zh: "301会议室", en: "Meeting room 301" },
    }),
    timeRange("time", {
      label: { zh: "使用时间", en: "time" },
      prompt: {
        zh: "请问什么时间使用？请写明开始和结束时间。",
        en: "When do you need it? Please give a start and an end time.",
      },
      help: {
        zh: "写清日期和起止时间，方便审批和提前一天确认设备。每周固定使用可以说“每周一 14:00-15:30 共8周”。",
        en: 'Give the date with start and end so the office can approve and check the equipment the day before. For a weekly slot say "every Monday 14:00-15:30 for 8 weeks".',
      },
      example: { zh: "下周三下午2点到4点", en: "next Wednesday 2pm to 4pm" },
    }),
    // Only when the first message asks for it ("每周一 14:00-15:30 共8周") or via "修改 重复" at the review.
    repeat("repeat", {
      label: { zh: "重复", en: "repeat" },
      prompt: {
        zh: "需要重复预约吗？请说明频率和次数；不需要请回复“不重复”。",
        en: 'Should it repeat? Give how often and how many times, or reply "no".',
      },
      help: {
        zh: "例如“每周 共8周”“隔周 共4次”“每个工作日 共5天”。节假日自动跳过，冲突日期会逐一列出。",
        en: 'E.g. "weekly for 8 weeks", "every other week, 4 times", "every working day for 5 days". Holidays are skipped; clashes are listed by date.',
      },
      example: { zh: "每周 共8周", en: "weekly for 8 weeks" },
    }),
    text("purpose", {
      label: { zh: "用途", en: "purpose" },
      prompt: { zh: "请问用途是什么？", en: "What is it for?" },
      help: {
        zh: "简单说明活动内容，例如教研活动、家长会。",
        en: "Say briefly what the event is, e.g. a teaching-research session or a parents' meeting.",
      },
      example: { zh: "初二数学教研活动", en: "Grade 8 maths teaching-research session" },
      min: 2,
      max: 100,
      fills: "purpose",
    }),
    {
      ...yesNo("teaching", {
        label: { zh: "教学活动", en: "teaching activity" },
        prompt: {
          zh: "是否为教学活动（上课、公开课、考试等）？",
          en: "Is it a teaching activity (a class, an open lesson, an exam)?",
        },
        help: {
          zh: "场地冲突时教学活动优先安排。",
          en: "When bookings clash, teaching activities take priority.",
        },
        example: { zh: "是", en: "yes" },
        words: ["上课", "教学", "公开课", "考试", "监考", "听课", "class", "lesson", "exam", "teaching"],
        when: "teachingActivity",
      }),
    },
    count("attendees", {
      label: { zh: "人数", en: "attendees" },
      prompt: { zh: "请问大约多少人参加？", en: "About how many people will attend?" },
      help: { zh: "人数用于核对场地容量。", en: "The number is checked against the room's capacity." },
      example: { zh: "15人", en: "15 people" },
      max: 1000,
      unitWords: ["人", "位", "people", "persons", "participants"],
    }),
    {
      ...list("equipment", {
        label: { zh: "所需设备", en: "equipment" },
        prompt: {
          zh: "需要哪些设备？不需要请回复“无”。",
          en: "Which equipment do you need? Reply “none” if none.",
        },
        help: {
          zh: "会务组会在使用前一天确认设备。",
          en: "The meetings team confirms the equipment the day before.",
        },
        example: { zh: "投影仪、话筒", en: "projector, microphone" },
        required: false,
        fills: "equipment",
      }),
    },
  ],
  priority: (v) => (v.teaching === true ? "important" : "normal"),
  sla: () => [respond(workingHours(4))],
  summary: (v, ctx) =>
    clip(`${roomName(v.room, ctx)} ${v.purpose ?? ""}${v.attendees ? `（${v.attendees}人）` : ""}`.trim()),
  check(v, ctx) {
    const chosen = ctx.rooms.find((r) => r.id === v.room);
    const attendees = typeof v.attendees === "number" ? v.attendees : 0;
    if (!chosen || attendees <= chosen.capacity) return undefined;
    const bigger = ctx.rooms
      .filter((r) => r.capacity >= attendees)
      .sort((a, b) => a.capacity - b.capacity)[0];
    const zhName = `${chosen.name}最多容纳 ${chosen.capacity} 人，您填写了 ${attendees} 人。`;
    const enName = `${chosen.nameEn ?? chosen.name} holds at most ${chosen.capacity} people; you entered ${attendees}.`;
    return {
      field: "attendees",
      error: bigger
        ? {
            zh: `${zhName}建议改约${bigger.name}（${bigger.capacity}人），或减少人数。`,
            en: `${enName} Consider ${bigger.nameEn ?? bigger.name} (${bigger.capacity}) instead, or fewer attendees.`,
          }
        : {
            zh: `${zhName}没有能容纳这么多人的场地，请分场安排或联系会务组。`,
            en: `${enName} No room is that large; please split the event or contact the meetings team.`,
          },
    };
  },
});
