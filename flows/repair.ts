import {
  choice,
  contact,
  defineFlow,
  onSite,
  resolve,
  respond,
  text,
  workingDays,
  workingHours,
  yesNo,
} from "../src/engine/flow-kit/index.js";

const places =
  /(?:(?:教学楼|行政楼|实验楼|宿舍楼|综合楼|科技楼|办公楼|图书馆|食堂|体育馆|报告厅)[A-Za-z]?\d{0,4}[室房间]?|[A-Z]\d{3}(?:室|教室)?|\d{3}(?:室|教室))/;
const symptoms =
  /坏|不亮|不响|漏|不能|无法|故障|失灵|异响|跳闸|停电|卡住|堵|裂|broken|not working|leak|doesn't work|faulty/i;

// G9/G10: repairs respond within 2 h, on site within 24 h (one working day); major repairs such as air
// conditioning are fixed within 48 h. A teaching-equipment failure is urgent (G13, red label).
export default defineFlow({
  id: "repair",
  version: 1,
  title: { zh: "报修", en: "Repair" },
  description: {
    zh: "设备、水电、门窗、网络、保洁等问题",
    en: "Equipment, utilities, doors, network, cleaning problems",
  },
  intents: [
    "报修",
    "维修",
    "修理",
    "坏了",
    "不亮",
    "漏水",
    "故障",
    "跳闸",
    "保洁",
    "repair",
    "broken",
    "fix",
  ],
  post: "houqin",
  creates: "ticket",
  acceptsAttachments: true,
  fields: [
    text("location", {
      label: { zh: "地点", en: "location" },
      prompt: { zh: "请问在哪里？", en: "Where is it?" },
      help: {
        zh: "写清楼栋和房间号，方便师傅找到。",
        en: "Give the building and room so the technician can find it.",
      },
      example: { zh: "教学楼A301", en: "Building A room 301" },
      max: 100,
      extract: (input) => places.exec(input)?.[0],
    }),
    text("problem", {
      label: { zh: "问题", en: "problem" },
      prompt: { zh: "请描述一下问题。", en: "What is the problem?" },
      help: { zh: "说明什么东西出了什么问题。", en: "Say what is broken and how." },
      example: { zh: "投影仪不亮", en: "The projector does not turn on" },
      min: 2,
      max: 500,
      extract: (input) => (symptoms.test(input) ? input.trim().slice(0, 500) : undefined),
    }),
    choice("category", {
      label: { zh: "类别", en: "category" },
      prompt: { zh: "属于哪一类？", en: "Which kind of problem is it?" },
      help: {
        zh: "教学设备故障会标红优先处理；空调等重大维修 48 小时内修复。",
        en: "Teaching equipment failures are marked red and handled first; major repairs such as air conditioning are fixed within 48 hours.",
      },
      example: { zh: "1", en: "1" },
      options: [
        {
          value: "teaching-equipment",
          label: { zh: "教学设备", en: "Teaching equipment" },
          words: [
            "投影",
            "电脑",
            "话筒",
            "麦克风",
            "一体机",
            "音响",
            "白板",
            "projector",
            "microphone",
            "computer",
          ],
        },
        {
          value: "air-conditioning",
          label: { zh: "空调（重大维修）", en: "Air conditioning (major)" },
          words: ["空调", "air con", "aircon", "air-con"],
        },
        {
          value: "utilities",
          label: { zh: "水电", en: "Water & power" },
          words: ["水管", "漏水", "停电", "跳闸", "灯", "插座", "leak", "light", "socket"],
        },
        {
          value: "building",
          label: { zh: "门窗桌椅", en: "Doors, windows, furniture" },
          words: ["门", "窗", "桌", "椅", "锁", "door", "window", "chair", "desk", "lock"],
        },
        {
          value: "network",
          label: { zh: "网络电话", en: "Network & phone" },
          words: ["网络", "网线", "wifi", "无线", "电话", "network", "internet"],
        },
        {
          value: "cleaning",
          label: { zh: "保洁卫生", en: "Cleaning" },
          words: ["保洁", "卫生", "垃圾", "厕所", "cleaning", "toilet", "rubbish"],
        },
        { value: "other", label: { zh: "其他", en: "Other" } },
      ],
    }),
    yesNo("urgent", {
      label: { zh: "紧急", en: "urgent" },
      prompt: { zh: "是否紧急（影响上课或安全）？", en: "Is it urgent (affecting classes or safety)?" },
      help: { zh: "紧急事项标红优先处理。", en: "Urgent items are marked red and handled first." },
      example: { zh: "是", en: "yes" },
      words: ["紧急", "很急", "马上", "立刻", "urgent", "asap", "emergency"],
      required: (values) => values.category !== "teaching-equipment",
    }),
    contact("contact", {
      label: { zh: "联系方式", en: "contact" },
      prompt: { zh: "请留一个联系电话或分机。", en: "Please leave a phone number or extension." },
      help: { zh: "师傅到场前会联系您。", en: "The technician will call before coming." },
      example: { zh: "分机 8021", en: "ext. 8021" },
    }),
  ],
  priority: (v) => (v.category === "teaching-equipment" || v.urgent === true ? "urgent" : "normal"),
  sla: (v) =>
    v.category === "air-conditioning"
      ? [respond(workingHours(2)), onSite(workingDays(1)), resolve(workingDays(2))]
      : [respond(workingHours(2)), onSite(workingDays(1)), resolve(workingDays(3))],
  summary: (v) => `${v.location ?? ""} ${v.problem ?? ""}`.trim(),
});
