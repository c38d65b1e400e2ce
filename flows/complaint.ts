import {
  choice,
  contact,
  defineFlow,
  plan,
  resolve,
  respond,
  summaryText,
  text,
  workingDays,
  yesNo,
} from "../src/engine/flow-kit/index.js";

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
  intents: ["投诉", "不满", "建议", "意见", "反映", "complain", "complaint", "suggestion", "feedback"],
  // What people say to ask for this service; the intent model learns from these at start-up.
  examples: [
    "投诉一下服务台办事太拖拉",
    "食堂饭菜最近越来越难吃",
    "对文印室的服务态度很不满意",
    "报修了一周都没人来修，太慢了",
    "宿舍的热水经常停，学生意见很大",
    "办公室的保洁总是不打扫角落",
    "投诉：会务组安排的会场很乱",
    "我要投诉一位工作人员说话很不客气",
    "后勤的人敷衍了事，问题一直没解决",
    "建议食堂增加素菜窗口",
    "希望学校多建几个自行车棚",
    "建议在操场边上装几把长椅",
    "希望复印室中午也能有人值班",
    "能不能在每层楼放一个雨伞架",
    "提个意见：校门口接送时段太拥挤",
    "建议图书馆延长开放时间到晚上九点",
    "对通知发得太晚很有意见",
    "校园里的路灯晚上太暗，建议多装几盏",
    "每次领东西都要跑好几趟，流程太繁琐",
    "停车位太少了，老师们都没地方停",
    "学校门口的小摊太吵了",
    "反映一下：午休时间走廊太吵",
    "我对上次的维修结果不满意，没修好又坏了",
    "这件事拖了一个月，到现在都没有答复",
    "领导说会解决，结果一直没有下文",
    "家长反映接送通道太窄，很不安全",
    "窗口工作人员上班时间玩手机",
    "食堂打饭排队要二十分钟，太浪费时间",
    "提建议：教师办公室能否配备咖啡机",
    "希望学校每学期组织一次教师体检",
    "对这次会议室安排很不满，临时被换了地方",
    "I want to file a complaint about the canteen food",
    "The staff at the print room were very rude to me",
    "Nobody has replied to my request for two weeks, this is unacceptable",
    "I'd like to suggest longer opening hours for the library",
    "Suggestion: more recycling bins in the corridors",
    "The school bus is always late in the morning",
    "I'm unhappy with how slowly repairs are handled",
    "Could the school add a covered walkway between the buildings?",
    "I have some feedback about the cleaning service",
    "Complaint: the toilets are dirty every afternoon",
    "It would be nice to have a quiet room for teachers",
    "The noise from the construction is terrible during lessons",
    "My idea is to open the gym to staff after school",
    "The parking situation is a real problem, please do something",
    "Why does it take so long to get supplies approved?",
  ],
  post: "xietiao",
  confidential: true,
  // Suggestions are not complaints: only kind "complaint" counts in the error rate (G16).
  complaint: { field: "kind", value: "complaint" },
  creates: "ticket",
  acceptsAttachments: true,
  fields: [
    choice("kind", {
      label: { zh: "类型", en: "type" },
      prompt: { zh: "这是投诉还是建议？", en: "Is this a complaint or a suggestion?" },
      help: {
        zh: "建议会转给相关部门研究，投诉按投诉流程处理。",
        en: "Suggestions go to the department concerned; complaints follow the complaint procedure.",
      },
      example: { zh: "1", en: "1" },
      options: [
        {
          value: "complaint",
          label: { zh: "投诉", en: "Complaint" },
          words: ["投诉", "complaint"],
          otherwise: true,
        },
        {
          value: "suggestion",
          label: { zh: "建议", en: "Suggestion" },
          words: ["建议", "suggestion"],
          when: "suggestion",
        },
      ],
    }),
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
      fills: "message",
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
        // "不匿名" contains "匿名": a yes only without a negation.
        when: "anonymous",
      }),
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
    return summaryText(`${kind ? `【${kind}】` : ""}${String(v.description ?? "").replace(/\s+/g, " ")}`);
  },
  afterCreate: (v) => ({
    zh: `已登记。协调岗将在2个工作日内转交责任部门，${v.complex === true ? 10 : 5}个工作日内给出初步方案${v.anonymous === true ? "；您选择了匿名，可在本对话中查看进度" : "；解决后会通知您并回访满意度"}。`,
    en: `Registered. The coordination desk assigns it to the responsible department within 2 working days and gives an initial plan within ${v.complex === true ? 10 : 5} working days${v.anonymous === true ? "; as you chose to stay anonymous, follow progress in this chat" : "; you will be told when it is solved and asked how satisfied you are"}.`,
  }),
});
