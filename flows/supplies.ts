import {
  choice,
  date,
  defineFlow,
  hasQuantity,
  list,
  plan,
  resolve,
  respond,
  summaryText,
  workingDays,
} from "../src/engine/flow-kit/index.js";

const items = list("items", {
  label: { zh: "物品及数量", en: "items" },
  prompt: { zh: "请问要领哪些物品、各多少？", en: "Which items do you need, and how many of each?" },
  help: {
    zh: "每项写明数量，用顿号或逗号分隔。",
    en: "Give a quantity for each item, separated by commas.",
  },
  example: { zh: "签字笔×10、A4纸×2包", en: "gel pens ×10, A4 paper ×2 reams" },
  fills: "supply-items",
});

// G8 / G14: feedback within 1 working day. Office supplies are ready at the next daily collection window
// (09:00–11:00), so resolved within 1 working day. Teaching consumables are delivered with the quarterly
// batch, which a span from the request cannot express: the clock is a plan within 5 working days (approval
// checked, items put on the quarterly delivery list) and the ticket resolves on delivery, without a clock.
export default defineFlow({
  id: "supplies",
  version: 2,
  // The supplies service checks the items against the catalogue on confirm, asks the teaching department's
  // approver (directory: supplies_approver) about teaching consumables, and the desk issues from stock.
  service: "supplies",
  title: { zh: "物资领用", en: "Supplies" },
  description: { zh: "办公用品、教学耗材领用", en: "Office supplies and teaching consumables" },
  // No bare "纸": "复印纸/打印纸/A4纸" are supplies, "复印/打印" alone are printing.
  intents: ["领用", "申领", "领取", "物资", "办公用品", "教学耗材", "文具", "supplies", "stationery"],
  // What people say to ask for this service; the intent model learns from these at start-up.
  examples: [
    "领两盒粉笔",
    "申请一箱A4复印纸",
    "办公室没有签字笔了，想领几支",
    "领五个文件夹",
    "需要一些便利贴和回形针",
    "申领一个订书机",
    "打印机墨盒用完了，申请一个新的",
    "想领几卷胶带",
    "化学实验需要领一批试管和烧杯",
    "美术组申领一批水彩颜料",
    "体育课需要领跳绳二十根",
    "领用U盘两个",
    "申请一些档案盒",
    "办公室垃圾袋用完了",
    "领一包A3纸",
    "我们年级组要领十支红笔",
    "黑板擦坏了几个，领新的",
    "申领教具：地球仪一个",
    "生物课要用的标本不够了",
    "要领一些信封和笔记本",
    "办公用品申领：中性笔一盒，笔记本五本",
    "实验室的试剂快用完了，需要补充",
    "领取硒鼓一个",
    "想领一台计算器",
    "帮我们组申请一批双面胶和剪刀",
    "需要领白板笔和板擦",
    "物资领用：纸巾两包",
    "音乐课要用的节拍器申领两个",
    "领一些燕尾夹",
    "打印纸没了，领两包",
    "新老师入职，要领一套办公文具",
    "I need two boxes of chalk",
    "Can I get a pack of A4 paper?",
    "Requesting some pens and folders for the office",
    "We've run out of toner for the printer",
    "I need lab supplies for tomorrow's chemistry practical",
    "Please send over a stapler",
    "Could I have some envelopes and a notebook?",
    "Our department needs more whiteboard markers",
    "I'd like to request art paper for my class",
    "We need batteries for the science experiment kits",
  ],
  post: "houqin",
  creates: "ticket",
  fields: [
    items,
    choice("kind", {
      label: { zh: "类别", en: "kind" },
      prompt: { zh: "属于办公用品还是教学耗材？", en: "Are these office supplies or teaching consumables?" },
      help: {
        zh: "教学耗材须先经教学部门审批（在聊天中），再由服务台发放。",
        en: "Teaching consumables are approved by the teaching department in chat before the desk issues them.",
      },
      example: { zh: "1", en: "1" },
      options: [
        {
          value: "office",
          label: { zh: "办公用品", en: "Office supplies" },
          otherwise: true,
          words: [
            "办公用品",
            "文具",
            "签字笔",
            "中性笔",
            "文件夹",
            "订书",
            "a4",
            "打印纸",
            "复印纸",
            "墨盒",
            "硒鼓",
            "stationery",
            "toner",
          ],
        },
        {
          value: "teaching",
          label: { zh: "教学耗材", en: "Teaching consumables" },
          words: ["教学耗材", "粉笔", "教具", "实验", "试剂", "chalk", "teaching consumable", "lab supplies"],
          when: "teachingConsumable",
        },
      ],
    }),
    date("neededBy", {
      label: { zh: "需要日期", en: "needed by" },
      prompt: {
        zh: "最晚哪天需要？没有要求可跳过。",
        en: "By which day do you need them? You may skip this.",
      },
      help: { zh: "办公用品一般次日即可领取。", en: "Office supplies are usually ready the next day." },
      example: { zh: "下周一", en: "next Monday" },
      required: false,
    }),
  ],
  priority: () => "normal",
  sla: (v) =>
    v.kind === "teaching"
      ? [respond(workingDays(1)), plan(workingDays(5))]
      : [respond(workingDays(1)), resolve(workingDays(1))],
  summary: (v) => summaryText(Array.isArray(v.items) ? v.items.join("、") : ""),
  check(v) {
    const missing = Array.isArray(v.items) ? v.items.find((item) => !hasQuantity(String(item))) : undefined;
    if (missing === undefined) return undefined;
    return {
      field: "items",
      error: {
        zh: `“${missing}”没有写数量，请为每项写上数量，例如：签字笔×10、A4纸×2包`,
        en: `“${missing}” has no quantity; please give one for each item, e.g. gel pens ×10, A4 paper ×2 reams`,
      },
    };
  },
});
