import {
  choice,
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

// G14: feedback within 1 working day; ordinary notices are published within 1 working day, major ones
// (leader sign-off, G4) within 3 (G14 major matters). The requested publish date cannot be a clock, as an
// SlaTarget is a span from the request.
export default defineFlow({
  id: "notice",
  version: 1,
  title: { zh: "信息发布", en: "Notice publishing" },
  description: {
    zh: "公告栏、电子屏、公众号发布通知",
    en: "Publish notices on the bulletin board, e-screen and official account",
  },
  intents: [
    /(?:发布?|推送|张贴)[^，,。；;]{0,6}?(?:通知|公告|电子屏|公众号|公告栏)/,
    /(?:公众号|电子屏|公告栏)[^，,。；;]{0,4}?(?:推送|发布|发|滚动|张贴)/,
    "上电子屏",
    "上公众号",
    "发布通知",
    "发通知",
    "发公告",
    "通知公告",
    "公告栏",
    "发布",
    /\b(?:notice|announcement|bulletin)s?\b/i,
    /\bpublish/i,
  ],
  post: "xinxi",
  creates: "ticket",
  fields: [
    text("title", {
      label: { zh: "标题", en: "title" },
      prompt: { zh: "请问通知的标题是什么？", en: "What is the notice's title?" },
      help: { zh: "简短明确，30字以内为宜。", en: "Short and clear, ideally under 30 characters." },
      example: { zh: "关于国庆节放假安排的通知", en: "National Day holiday arrangements" },
      min: 2,
      max: 100,
      extract: (input) =>
        /[《“「"]([^》”」"]{2,60})[》”」"]|(?:标题|题目|title)\s*[:：]\s*([^，,。；;\n]{2,60})/i
          .exec(input)
          ?.slice(1)
          .find(Boolean),
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
      extract: (input) => /(?:内容|正文|content)\s*[:：]\s*([\s\S]{5,2000})/i.exec(input)?.[1]?.trim(),
    }),
    choice("channels", {
      label: { zh: "发布渠道", en: "channels" },
      prompt: { zh: "请问在哪里发布？", en: "Where should it be published?" },
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
        zh: "重大通知需分管领导签字后发布。",
        en: "Major notices need the supervising leader's sign-off.",
      },
      example: { zh: "否", en: "no" },
      words: ["放假", "假期", "重大", "holiday", "vacation", "major"],
    }),
    text("leaderSignOff", {
      label: { zh: "领导签字", en: "leader sign-off" },
      prompt: {
        zh: "请问由哪位分管领导签字（或已签字）？",
        en: "Which supervising leader signs (or has signed) it?",
      },
      help: {
        zh: "重大通知须分管领导签字，请写明姓名和状态。",
        en: "Major notices need the supervising leader's signature; give the name and status.",
      },
      example: { zh: "王副校长，已签字", en: "Vice-principal Wang, signed" },
      min: 2,
      max: 60,
      required: (v) => v.major === true,
      extract: (input) =>
        /([^，,。；;\s]{1,10}(?:校长|书记|主任|领导))(?:已经?|已)签(?:字|批|发)/.exec(input)?.[1],
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
  afterCreate: (v) =>
    v.major === true
      ? {
          zh: "通知将由办公室负责人审核后发布；重大通知请确保分管领导已签字，签字件交信息发布岗。",
          en: "The office head reviews the notice before it is published; for a major notice, please make sure the supervising leader has signed and hand the signed copy to the notices desk.",
        }
      : {
          zh: "通知将由办公室负责人审核后发布，发布后会通知您。",
          en: "The office head reviews the notice before it is published; you will be told once it is out.",
        },
});
