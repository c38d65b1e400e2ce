import {
  choice,
  date,
  defineFlow,
  type FieldContext,
  list,
  plan,
  resolve,
  respond,
  summaryText,
  text,
  workingDays,
} from "../src/engine/flow-kit/index.js";

// Paper sizes (A4) are not quantities.
const quantity = /[0-9０-９一二两三四五六七八九十百]/;
// A counted item in free text: "签字笔10支", "A4纸两包", "墨盒×2".
const counted =
  /(?:[0-9０-９]+|[一二两三四五六七八九十百]+)\s*(?:支|枝|包|个|盒|本|张|箱|瓶|卷|把|套|件|只|份|袋|令|块|根|桶)|[×xX*]\s*[0-9０-９]+/;
const items = list("items", {
  label: { zh: "物品及数量", en: "items" },
  prompt: { zh: "请问要领哪些物品、各多少？", en: "Which items do you need, and how many of each?" },
  help: {
    zh: "每项写明数量，用顿号或逗号分隔。",
    en: "Give a quantity for each item, separated by commas.",
  },
  example: { zh: "签字笔×10、A4纸×2包", en: "gel pens ×10, A4 paper ×2 reams" },
});

// G8 / G14: feedback within 1 working day. Office supplies are ready at the next daily collection window
// (09:00–11:00), so resolved within 1 working day. Teaching consumables are delivered with the quarterly
// batch, which a span from the request cannot express: the clock is a plan within 5 working days (approval
// checked, items put on the quarterly delivery list) and the ticket resolves on delivery, without a clock.
export default defineFlow({
  id: "supplies",
  version: 1,
  title: { zh: "物资领用", en: "Supplies" },
  description: { zh: "办公用品、教学耗材领用", en: "Office supplies and teaching consumables" },
  // No bare "纸": "复印纸/打印纸/A4纸" are supplies, "复印/打印" alone are printing.
  intents: [
    "领用",
    "申领",
    "领取",
    "物资",
    "办公用品",
    "教学耗材",
    "耗材",
    "文具",
    "墨盒",
    "硒鼓",
    "a4纸",
    "打印纸",
    "复印纸",
    "签字笔",
    "粉笔",
    "supplies",
    "stationery",
    "toner",
    "ink cartridge",
  ],
  post: "houqin",
  creates: "ticket",
  fields: [
    {
      ...items,
      // "领用签字笔10支、A4纸2包": what follows the verb, when every item in it has a count.
      extract: (input: string, ctx: FieldContext) => {
        const body = /(?:领用|申领|领取|要领|领)\s*[:：]?\s*([\s\S]+)$/.exec(input)?.[1];
        const found = body === undefined ? undefined : items.parse(body, ctx);
        if (!found?.ok || found.value.length === 0) return undefined;
        const cleaned = found.value.map((item) => item.replace(/[。.!！]+$/, ""));
        return cleaned.every((item) => counted.test(item)) ? cleaned : undefined;
      },
    },
    choice("kind", {
      label: { zh: "类别", en: "kind" },
      prompt: { zh: "属于办公用品还是教学耗材？", en: "Are these office supplies or teaching consumables?" },
      help: {
        zh: "教学耗材需教学部门签字审批，按季度配送。",
        en: "Teaching consumables need the teaching department's signed approval and are delivered quarterly.",
      },
      example: { zh: "1", en: "1" },
      options: [
        {
          value: "office",
          label: { zh: "办公用品", en: "Office supplies" },
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
        },
      ],
    }),
    text("approval", {
      label: { zh: "教学部门审批", en: "teaching approval" },
      prompt: {
        zh: "请问教学部门由谁签字审批（或已审批）？",
        en: "Who in the teaching department signs (or has signed) the approval?",
      },
      help: {
        zh: "教学耗材须教学部门签字审批，配送时核对签字单。",
        en: "Teaching consumables need the teaching department's signed approval, checked on delivery.",
      },
      example: { zh: "教务处李主任，已签字", en: "Director Li of the academic office, signed" },
      min: 2,
      max: 60,
      required: (v) => v.kind === "teaching",
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
    const missing = Array.isArray(v.items)
      ? v.items.find((item) => !quantity.test(String(item).replace(/[AB][3-6]/gi, "")))
      : undefined;
    if (missing === undefined) return undefined;
    return {
      field: "items",
      error: {
        zh: `“${missing}”没有写数量，请为每项写上数量，例如：签字笔×10、A4纸×2包`,
        en: `“${missing}” has no quantity; please give one for each item, e.g. gel pens ×10, A4 paper ×2 reams`,
      },
    };
  },
  afterCreate: (v) =>
    v.kind === "teaching"
      ? {
          zh: "教学耗材按季度统一配送，配送时核对教学部门签字审批单，请提前备好。",
          en: "Teaching consumables are delivered with the quarterly batch; the signed approval from the teaching department is checked on delivery, so please have it ready.",
        }
      : {
          zh: "办公用品请于工作日 09:00–11:00 到服务台领取。",
          en: "Please collect office supplies at the service desk between 09:00 and 11:00 on working days.",
        },
});
