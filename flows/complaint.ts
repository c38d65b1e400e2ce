import {
  choice,
  contact,
  defineFlow,
  plan,
  resolve,
  respond,
  text,
  workingDays,
  yesNo,
} from "../src/engine/flow-kit/index.js";

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

// G7: registration (within 1 day) happens the moment the bot creates the ticket with its number, so the
// response clock is the next step: accepted and assigned to the responsible department within 2 working
// days. Initial plan within 5 working days, 10 when complex. G7 sets no resolution time; 10 / 20 working
// days (twice the plan) is our choice. Complaints may jump the ordinary queue (G13 "important").
export default defineFlow({
  id: "complaint",
  version: 1,
  title: { zh: "投诉与建议", en: "Complaints & suggestions" },
  description: {
    zh: "对服务、效率、设施、后勤的投诉和建议",
    en: "Complaints and suggestions about service, speed, facilities, logistics",
  },
  // "投诉/不满/complaint" decide the flow on their own: they match up to the end of the clause, so
  // "投诉会议室预约太难" is a complaint, not a booking.
  intents: [
    /(?:投诉|不满(?![0-9一二两三四五六七八九十百]))[^，,。；;！!？?\n]*/,
    /\bcomplain(?:t|ts|ed|ing)?\b[^,.;!?\n]*/i,
    "提建议",
    "建议",
    "提意见",
    "意见箱",
    /(?<!征求)意见(?!稿)/,
    /\bsuggestions?\b/i,
    /\bfeedback\b/i,
  ],
  post: "xietiao",
  confidential: true,
  creates: "ticket",
  acceptsAttachments: true,
  fields: [
    choice("problemType", {
      label: { zh: "问题类型", en: "problem type" },
      prompt: { zh: "请问属于哪一类问题？", en: "What kind of problem is it?" },
      help: {
        zh: "选择最接近的一类，便于转交责任部门。",
        en: "Pick the closest kind so it reaches the right department.",
      },
      example: { zh: "2", en: "2" },
      options: [
        {
          value: "attitude",
          label: { zh: "服务态度", en: "Attitude" },
          words: ["态度", "不耐烦", "rude", "attitude"],
        },
        {
          value: "speed",
          label: { zh: "办事效率", en: "Speed" },
          words: ["效率", "太慢", "拖延", "没人管", "slow", "delay"],
        },
        {
          value: "facilities",
          label: { zh: "设施环境", en: "Facilities" },
          words: ["设施", "环境", "噪音", "facilities", "noise"],
        },
        {
          value: "logistics",
          label: { zh: "后勤保障", en: "Logistics" },
          words: ["后勤", "食堂", "宿舍", "保洁", "维修", "canteen", "dormitory"],
        },
        { value: "other", label: { zh: "其他", en: "Other" } },
      ],
    }),
    text("description", {
      label: { zh: "具体情况", en: "description" },
      prompt: { zh: "请具体说明情况或建议。", en: "Please describe the problem or your suggestion." },
      help: {
        zh: "写清时间、地点、经过，便于核实处理。",
        en: "Say when, where and what happened so it can be checked.",
      },
      example: {
        zh: "本周一上午在服务台办理用章，等了40分钟无人处理。",
        en: "On Monday morning I waited 40 minutes at the service desk with no one helping.",
      },
      min: 5,
      max: 2000,
      extract: (input) => (input.trim().length >= 15 ? input.trim().slice(0, 2000) : undefined),
    }),
    {
      ...yesNo("anonymous", {
        label: { zh: "匿名", en: "anonymous" },
        prompt: { zh: "是否匿名提交？", en: "Do you want to submit anonymously?" },
        help: {
          zh: "匿名提交不留联系方式，处理结果只能在本对话中查看。",
          en: "Anonymous submissions leave no contact; you can follow progress only in this chat.",
        },
        example: { zh: "否", en: "no" },
        words: ["匿名", "anonymous", "anonymously"],
      }),
      // "不匿名" contains "匿名": read it as a yes only without a negation.
      extract: (input: string) =>
        /匿名|anonymous/i.test(input) && !/不(?:用|要|需要)?匿名|非匿名|not\s+anonymous/i.test(input)
          ? true
          : undefined,
    },
    contact("contact", {
      label: { zh: "联系方式", en: "contact" },
      prompt: {
        zh: "请留一个联系电话或分机，便于反馈处理结果。",
        en: "Please leave a phone number or extension so we can report back.",
      },
      help: {
        zh: "解决后会联系您并回访满意度。",
        en: "We will contact you when it is solved and ask how satisfied you are.",
      },
      example: { zh: "分机 8021", en: "ext. 8021" },
      required: (v) => v.anonymous !== true,
    }),
    text("desiredOutcome", {
      label: { zh: "期望结果", en: "desired outcome" },
      prompt: { zh: "希望怎样处理？没有可跳过。", en: "What outcome would you like? You may skip this." },
      help: { zh: "您的期望有助于制定处理方案。", en: "Your wishes help shape the plan." },
      example: { zh: "希望增加午间服务时段", en: "A lunchtime service slot" },
      required: false,
      max: 500,
    }),
    yesNo("complex", {
      label: { zh: "复杂问题", en: "complex" },
      prompt: {
        zh: "是否涉及多个部门或长期存在的复杂问题？",
        en: "Does it involve several departments or a long-standing issue?",
      },
      help: {
        zh: "复杂问题的初步方案期限为10个工作日，一般为5个。",
        en: "Complex issues get an initial plan within 10 working days, others within 5.",
      },
      example: { zh: "否", en: "no" },
      words: ["复杂", "多个部门", "跨部门", "长期", "complex"],
      required: false,
      default: false,
    }),
  ],
  priority: () => "important",
  sla: (v) =>
    v.complex === true
      ? [respond(workingDays(2)), plan(workingDays(10)), resolve(workingDays(20))]
      : [respond(workingDays(2)), plan(workingDays(5)), resolve(workingDays(10))],
  summary: (v) => {
    const kind = {
      attitude: "服务态度",
      speed: "办事效率",
      facilities: "设施环境",
      logistics: "后勤保障",
      other: "其他",
    }[String(v.problemType)];
    return clip(`${kind ? `【${kind}】` : ""}${String(v.description ?? "").replace(/\s+/g, " ")}`);
  },
  afterCreate: (v) => ({
    zh: `已登记。协调岗将在2个工作日内转交责任部门，${v.complex === true ? 10 : 5}个工作日内给出初步方案${v.anonymous === true ? "；您选择了匿名，可在本对话中查看进度" : "；解决后会通知您并回访满意度"}。`,
    en: `Registered. The coordination desk assigns it to the responsible department within 2 working days and gives an initial plan within ${v.complex === true ? 10 : 5} working days${v.anonymous === true ? "; as you chose to stay anonymous, follow progress in this chat" : "; you will be told when it is solved and asked how satisfied you are"}.`,
  }),
});
