import {
  choice,
  count,
  dateTime,
  defineFlow,
  resolve,
  respond,
  text,
  workingDays,
  workingHours,
} from "../src/engine/flow-kit/index.js";

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
const maxSheets = 5000;

// G11 文件复印. The desk acknowledges within 2 working hours so a tight deadline can be flagged the same
// day; the job is done within 1 working day (G14's 24 h). The requester's own deadline is shown on the
// ticket but cannot be a clock: an SlaTarget is a span from the request.
export default defineFlow({
  id: "printing",
  version: 1,
  title: { zh: "文件复印", en: "Printing & copying" },
  description: { zh: "打印、复印、装订", en: "Printing, copying and binding" },
  // "打印机坏了" is a repair and "复印纸" a supply, so those words are excluded here.
  intents: ["打印", "复印", "印刷", "装订", "彩印", "print", "photocopy", "copies"],
  // What people say to ask for this service; the intent model learns from these at start-up.
  examples: [
    "帮我打印50份家长会通知",
    "复印一下这份试卷，45份",
    "期中考试卷子要印，每班40份",
    "这个文件帮我彩印10份",
    "需要双面打印一份教案，30页",
    "装订一下这些材料，做成15本",
    "帮忙扫描一下这份合同",
    "请印一下明天的讲义，两百份",
    "打印三份会议议程",
    "复印身份证两份",
    "把这套练习题印120份，单面",
    "英语听力材料要印刷，每人一份",
    "帮我把课件打印成讲义",
    "胶装一下毕业纪念册，50本",
    "需要印一批作业纸",
    "打印一份彩色海报",
    "单元测验卷印三个班的量",
    "帮忙印一下周末作业，每份两页",
    "这份表格复印25份",
    "家长签字单要打印80张",
    "帮我把这份资料双面复印",
    "会议材料要装订成册，20套",
    "请帮我打印教学进度表",
    "考试用的答题卡要印500份",
    "文印室能不能帮忙印学习单",
    "请彩色打印奖状30张",
    "作文稿纸复印一百张",
    "明早之前印好复习提纲",
    "Could you print 30 copies of the worksheet?",
    "Please photocopy these handouts, 25 each",
    "I need the exam papers printed by Friday, 200 copies",
    "Scan this document for me please",
    "Please bind the reports into 10 booklets",
    "Print the agenda double-sided, 12 copies",
    "Colour print of the poster, 3 copies",
    "Can the print room copy my test for two classes?",
    "I need 60 copies of the reading list",
    "Please print my lesson plan, 8 pages",
    "Copy the parent letter for my class, 35 copies",
    "Could you laminate and print the certificates?",
  ],
  post: "wenyin",
  creates: "ticket",
  acceptsAttachments: true,
  fields: [
    text("what", {
      label: { zh: "文件名称", en: "document" },
      prompt: { zh: "请问要印什么文件？", en: "Which document should be printed?" },
      help: {
        zh: "写文件名称；电子版请按窗口要求发送（PDF/Word，5MB以内）。",
        en: "Give the document's name; send the file as the desk asks (PDF/Word, up to 5 MB).",
      },
      example: { zh: "初二期中数学试卷", en: "Grade 8 mid-term maths paper" },
      min: 2,
      max: 100,
      fills: ["quoted-title", "printed-document"],
    }),
    count("pages", {
      label: { zh: "每份页数", en: "pages per copy" },
      prompt: { zh: "请问每份多少页？", en: "How many pages does one copy have?" },
      help: { zh: "按原稿页数计算。", en: "Count the pages of the original." },
      example: { zh: "4页", en: "4 pages" },
      max: maxSheets,
      unitWords: ["页", "pages", "page"],
    }),
    count("copies", {
      label: { zh: "份数", en: "copies" },
      prompt: { zh: "请问印多少份？", en: "How many copies?" },
      help: { zh: "按需填写，避免浪费。", en: "Only as many as needed, please." },
      example: { zh: "45份", en: "45 copies" },
      max: maxSheets,
      unitWords: ["份", "copies", "copy", "套", "本", "册"],
    }),
    choice("sides", {
      label: { zh: "单双面", en: "sides" },
      prompt: { zh: "单面还是双面？", en: "Single- or double-sided?" },
      help: { zh: "双面更省纸。", en: "Double-sided saves paper." },
      example: { zh: "双面", en: "double" },
      options: [
        {
          value: "single",
          label: { zh: "单面", en: "Single-sided" },
          words: ["单面", "single-sided", "single sided"],
        },
        {
          value: "double",
          label: { zh: "双面", en: "Double-sided" },
          words: ["双面", "double-sided", "double sided", "duplex"],
        },
      ],
    }),
    choice("color", {
      label: { zh: "颜色", en: "colour" },
      prompt: { zh: "黑白还是彩色？", en: "Black and white or colour?" },
      help: { zh: "彩印成本较高，请按需选择。", en: "Colour costs more; choose it only when needed." },
      example: { zh: "黑白", en: "black and white" },
      options: [
        {
          value: "bw",
          label: { zh: "黑白", en: "Black and white" },
          words: ["黑白", "black and white", "b&w"],
        },
        { value: "color", label: { zh: "彩色", en: "Colour" }, words: ["彩色", "彩印", "colour", "color"] },
      ],
    }),
    dateTime("deadline", {
      label: { zh: "取件时间", en: "needed by" },
      prompt: { zh: "请问最晚什么时候要？", en: "When do you need it by?" },
      help: { zh: "必须写明具体时间，以便安排。", en: "A time is required so the desk can plan the job." },
      example: { zh: "明天上午10点前", en: "by 10am tomorrow" },
    }),
  ],
  priority: () => "normal",
  sla: () => [respond(workingHours(2)), resolve(workingDays(1))],
  summary: (v) => clip(`${v.what ?? ""} ${v.copies ? `${v.copies}份` : ""}`.trim()),
  check(v, ctx) {
    if (typeof v.deadline === "string" && new Date(v.deadline) < ctx.now) {
      return {
        field: "deadline",
        error: {
          zh: "这个时间已经过去了，请给一个以后的时间。",
          en: "That time has already passed; please give a later time.",
        },
      };
    }
    const sheets =
      (typeof v.pages === "number" ? v.pages : 0) * (typeof v.copies === "number" ? v.copies : 0);
    if (sheets <= maxSheets) return undefined;
    return {
      field: "copies",
      error: {
        zh: `共 ${sheets} 页，超过文印岗单次 ${maxSheets} 页的上限。请分批提交，或联系办公室安排外印。`,
        en: `That is ${sheets} pages, over the desk's limit of ${maxSheets} per job. Please split it into batches, or ask the office to arrange outside printing.`,
      },
    };
  },
});
