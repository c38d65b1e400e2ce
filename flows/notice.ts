import {
  choices,
  date,
  defineFlow,
  resolve,
  respond,
  summaryText,
  text,
  workingDays,
  yesNo,
} from "../src/engine/flow-kit/index.js";

const day = (d: Date, timeZone: string) => d.toLocaleDateString("en-CA", { timeZone });
const publishDate = date("publishDate", {
  label: { zh: "发布日期", en: "publish date" },
  prompt: { zh: "请问希望哪天发布？", en: "On which day should it be published?" },
  help: {
    zh: "发布前需办公室负责人审核，请预留时间。",
    en: "The office head reviews it before publishing, so please allow some time.",
  },
  example: { zh: "下周一", en: "next Monday" },
});

// G4: the office head reviews every notice in chat; a major one is then signed off by the supervising leader
// named in the directory; only then does the notices desk publish it, channel by channel (the notices service).
// G14: feedback within 1 working day; ordinary notices are published within 1 working day, major ones within 3
// (G14 major matters). The requested publish date cannot be a clock, as an SlaTarget is a span from the request.
export default defineFlow({
  id: "notice",
  version: 2,
  title: { zh: "信息发布", en: "Notice publishing" },
  description: {
    zh: "公告栏、电子屏、公众号发布通知",
    en: "Publish notices on the bulletin board, e-screen and official account",
  },
  intents: ["发通知", "发布", "公告", "公众号", "电子屏", "公告栏", "notice", "announcement", "publish"],
  // What people say to ask for this service; the intent model learns from these at start-up.
  examples: [
    "请在公告栏贴一个停电通知",
    "帮忙在公众号发一篇运动会的报道",
    "电子屏上滚动一下欢迎词",
    "发布一个关于元旦放假的通知",
    "需要发个通知：周三下午全体教师开会",
    "在校园网上发布招聘公告",
    "请把期末考试安排贴到宣传栏",
    "帮我发一条关于体检的通知",
    "公众号推送一下家长会的时间",
    "电子屏显示一下防溺水提醒",
    "公示一下评优名单",
    "发个公告提醒大家下周停水",
    "春节放假安排需要发布",
    "通知各班下午大扫除",
    "帮忙把招生简章发到公众号",
    "大屏上打一条祝贺标语",
    "发布：图书馆本周六闭馆",
    "请发一则关于流感预防的温馨提示",
    "公告栏更新一下值班表",
    "在公众号上宣传一下读书节",
    "挂一条欢迎新生的横幅",
    "张贴一份消防演练的通知",
    "上电子屏：热烈祝贺我校获奖",
    "帮我发布一下教研活动的时间安排",
    "下周食堂调整营业时间，请公告一下",
    "需要在校内发布一个征文启事",
    "推送一条关于校服征订的消息",
    "把先进教师名单公示三天",
    "清明节放假通知要发出去",
    "学校官网发一条新闻",
    "Please post a notice about the water outage on Friday",
    "Put an announcement on the e-screen welcoming the visitors",
    "Publish the holiday schedule on the official account",
    "Can you put up a notice on the bulletin board about the sports day?",
    "We need to announce the new library hours",
    "Send out an announcement that the gym is closed this weekend",
    "Please publish the exam timetable on the school website",
    "Post a reminder about the fire drill on the notice board",
    "Could the official account share our concert news?",
    "Announce the winners of the essay contest",
  ],
  post: "xinxi",
  creates: "notice",
  service: "notices",
  // A poster or the signed draft (G11: up to 5 MB each).
  acceptsAttachments: true,
  fields: [
    text("title", {
      label: { zh: "标题", en: "title" },
      prompt: { zh: "请问通知的标题是什么？", en: "What is the notice's title?" },
      help: { zh: "简短明确，30字以内为宜。", en: "Short and clear, ideally under 30 characters." },
      example: { zh: "关于国庆节放假安排的通知", en: "National Day holiday arrangements" },
      min: 2,
      max: 100,
      fills: ["quoted-title", "notice-subject"],
    }),
    text("content", {
      label: { zh: "正文", en: "content" },
      prompt: { zh: "请发来通知正文。", en: "Please send the text of the notice." },
      help: {
        zh: "最多2000字，写清时间、地点、对象和要求。",
        en: "Up to 2000 characters; say when, where, who and what is required.",
      },
      example: {
        zh: "10月1日至7日放假，共7天；10月8日正常上班。",
        en: "Holiday from 1 to 7 October; work resumes on 8 October.",
      },
      min: 5,
      max: 2000,
      fills: ["labelled-content", "notice-subject"],
    }),
    choices("channels", {
      label: { zh: "发布渠道", en: "channels" },
      prompt: {
        zh: "请问在哪里发布？可以选几个，如“公告栏和电子屏”或“1、2”。",
        en: 'Where should it be published? Several are fine, e.g. "bulletin board and e-screen" or "1, 2".',
      },
      help: {
        zh: "公告栏每日更新；电子屏每条至少滚动5分钟；公众号进入每日推送。",
        en: "The bulletin board is updated daily; the e-screen shows each notice for at least 5 minutes; the official account sends a daily digest.",
      },
      example: { zh: "4", en: "4" },
      options: [
        {
          value: "bulletin",
          label: { zh: "公告栏", en: "Bulletin board" },
          words: ["公告栏", "宣传栏", "bulletin"],
        },
        {
          value: "screen",
          label: { zh: "电子屏", en: "E-screen" },
          words: ["电子屏", "大屏", "led", "e-screen"],
        },
        {
          value: "wechat-account",
          label: { zh: "公众号", en: "Official account" },
          words: ["公众号", "official account", "wechat"],
        },
        {
          value: "all",
          label: { zh: "全部渠道", en: "All channels" },
          words: ["所有渠道", "全部渠道", "all channels"],
          everything: true,
        },
      ],
    }),
    {
      ...publishDate,
      // Notices mention other dates ("10月1日至7日放假"): only read a date next to a publishing verb.
      extract: (input: string, ctx) => {
        const near = /[^，,。；;\n]{0,14}(?:发布|发出|推送|张贴|上墙|publish)[^，,。；;\n]{0,12}/i.exec(
          input,
        )?.[0];
        return near ? publishDate.extract?.(near, ctx) : undefined;
      },
    },
    yesNo("major", {
      label: { zh: "重大通知", en: "major notice" },
      prompt: {
        zh: "是否为重大通知（如放假安排）？",
        en: "Is it a major notice (such as holiday arrangements)?",
      },
      help: {
        zh: "重大通知经办公室负责人审核后，还需分管领导在线签发才能发布。",
        en: "After the office head's review, a major notice also needs the supervising leader's sign-off in chat.",
      },
      example: { zh: "否", en: "no" },
      words: ["放假", "假期", "重大", "holiday", "vacation", "major"],
    }),
  ],
  priority: (v) => (v.major === true ? "important" : "normal"),
  sla: (v) => [respond(workingDays(1)), resolve(workingDays(v.major === true ? 3 : 1))],
  summary: (v) => summaryText(String(v.title ?? "")),
  check(v, ctx) {
    if (typeof v.publishDate !== "string" || v.publishDate >= day(ctx.now, ctx.timeZone)) return undefined;
    return {
      field: "publishDate",
      error: {
        zh: "发布日期已经过去了，请选择今天或以后的日期。",
        en: "That publish date has passed; please choose today or a later day.",
      },
    };
  },
});
