import {
  choice,
  count,
  date,
  defineFlow,
  resolve,
  respond,
  summaryText,
  text,
  workingDays,
} from "../src/engine/flow-kit/index.js";

const classified = (v: { classification?: unknown }) =>
  v.classification === "secret" || v.classification === "confidential";
const deadline = date("deadline", {
  label: { zh: "办理期限", en: "deadline" },
  prompt: { zh: "有办理期限吗？没有可跳过。", en: "Is there a deadline? You may skip this." },
  help: { zh: "来文要求的回复或办结日期。", en: "The date by which it must be answered or done." },
  example: { zh: "10月20日", en: "20 October" },
  required: false,
});

// G14: feedback within 1 working day; receiving/sending (register, number XX办-YYYYMMDD-001, ledger, G1) is
// done within 1 working day; archiving (categorise, order by time, double backup, G2) within 3, G14's limit
// for larger matters.
export default defineFlow({
  id: "document",
  version: 2,
  title: { zh: "文件收发", en: "Documents" },
  description: {
    zh: "收文登记、发文、文件归档",
    en: "Register incoming documents, send documents, archive files",
  },
  intents: [
    "收文",
    "发文",
    "来文",
    "公文",
    "归档",
    "存档",
    "红头文件",
    "公函",
    "document",
    "archive",
    "official letter",
  ],
  // What people say to ask for this service; the intent model learns from these at start-up.
  examples: [
    "收到区教育局一份文件，请收文登记",
    "县教育局发来通知文件，要登记",
    "上级来文需要登记一下",
    "要向区教育局报送一份材料",
    "学校要发一份文件到各年级组",
    "给市教研室发一封公函",
    "这份文件需要盖学校公章后寄出",
    "请把这批会议纪要归档",
    "把今年的行政文件整理归档",
    "收到一封外单位的来函，帮忙登记",
    "有一份机要文件需要签收",
    "发文：关于开展安全检查的通知",
    "需要起草一份上报教育局的报告",
    "这份协议要盖章存档",
    "街道办来了份函件，需要收文",
    "要给兄弟学校发一个邀请函",
    "上面下来一份红头文件要传阅",
    "这份文件需要传阅给各位领导",
    "查一下上个月的收文记录",
    "归档三年前的教学计划材料",
    "公文收发：教育局的通知到了",
    "区里转来一份督导文件，8页",
    "需要以学校名义行文给区政府",
    "帮我把这份请示报给教育局",
    "文件要用印，然后发给合作单位",
    "档案室要接收今年的全部公文",
    "发一份公文给各处室",
    "有个外来文件需要分发到各部门",
    "帮忙把学校的章程存档",
    "请把这批文件扫描后归档保存",
    "市里来了一份紧急文件，今天要办",
    "办公室收到一份法院的公函",
    "给区教研室回一份函",
    "把上学期的考试资料存档",
    "We received an official letter from the district education bureau",
    "Please register this incoming document",
    "I need to send an official letter to the education bureau",
    "Please archive last term's meeting minutes",
    "This document needs the school seal before it goes out",
    "Log the document that came in from the city office today",
    "Send this report to the district office on behalf of the school",
    "An incoming circular from the bureau needs to be logged",
    "Please file these records in the archive",
    "We have to send a formal reply to the county office",
  ],
  post: "wenyin",
  creates: "document",
  service: "documents",
  acceptsAttachments: true,
  fields: [
    choice("direction", {
      label: { zh: "办理类型", en: "type" },
      prompt: { zh: "请问是收文、发文还是归档？", en: "Is it receiving, sending or archiving?" },
      help: {
        zh: "收文：外单位来文登记；发文：本校对外发文；归档：整理存档。",
        en: "Receive: register an incoming document; send: a document the school sends out; archive: file it away.",
      },
      example: { zh: "1", en: "1" },
      options: [
        {
          value: "receive",
          label: { zh: "收文", en: "Receive" },
          words: ["收文", "来文", "收到", "received", "incoming"],
          when: "incomingDocument",
        },
        {
          value: "send",
          label: { zh: "发文", en: "Send" },
          words: ["发文", "下发", "印发", "报送", "outgoing", "send out"],
          when: "outgoingDocument",
        },
        {
          value: "archive",
          label: { zh: "归档", en: "Archive" },
          words: ["归档", "存档", "archive"],
          when: "archiving",
        },
      ],
    }),
    text("title", {
      label: { zh: "文件标题", en: "title" },
      prompt: { zh: "请问文件标题是什么？", en: "What is the document's title?" },
      help: { zh: "写文件的完整标题，登记台账用。", en: "The document's full title, for the register." },
      example: { zh: "关于开展冬季安全检查的通知", en: "Notice on the winter safety inspection" },
      min: 2,
      max: 100,
    }),
    text("referenceNo", {
      label: { zh: "文号", en: "reference number" },
      prompt: { zh: "请问文号是？没有可跳过。", en: "What is its reference number? You may skip this." },
      help: { zh: "文件上的发文字号。", en: "The issuing number printed on the document." },
      example: { zh: "区教发〔2026〕12号", en: "DEB [2026] No. 12" },
      required: false,
      max: 40,
    }),
    text("sendingUnit", {
      label: { zh: "来文/收文单位", en: "sending/receiving unit" },
      prompt: {
        zh: "请问来文单位（收文）或收文单位（发文）是哪里？",
        en: "Which unit sent it (receiving) or receives it (sending)?",
      },
      help: { zh: "写单位全称，登记台账用。", en: "Give the unit's full name for the register." },
      example: { zh: "区教育局", en: "District Education Bureau" },
      min: 2,
      max: 60,
      required: (v) => v.direction !== "archive",
      fills: "organisation",
    }),
    text("recipient", {
      label: { zh: "签收人", en: "recipient" },
      prompt: {
        zh: "请问发文由谁签收？请写通讯录中的姓名。",
        en: "Who signs for the outgoing document? Give their name as in the directory.",
      },
      help: {
        zh: "签收人会在聊天中收到签收请求，确认后台账记录签收人和时间。",
        en: "They are asked in chat to confirm receipt; the register records who signed and when.",
      },
      example: { zh: "张主任", en: "Director Zhang" },
      min: 2,
      max: 30,
      required: (v) => v.direction === "send",
    }),
    choice("classification", {
      label: { zh: "密级", en: "classification" },
      prompt: { zh: "请问文件密级是？", en: "What is the document's classification?" },
      help: {
        zh: "秘密、机密文件请勿在聊天中发送内容。",
        en: "Never send the content of secret or confidential documents in chat.",
      },
      example: { zh: "1", en: "1" },
      options: [
        { value: "public", label: { zh: "公开", en: "Public" }, words: ["公开"] },
        { value: "internal", label: { zh: "内部", en: "Internal" }, words: ["内部"] },
        { value: "secret", label: { zh: "秘密", en: "Secret" }, words: ["秘密"] },
        {
          value: "confidential",
          label: { zh: "机密", en: "Confidential" },
          words: ["机密", "绝密", "confidential"],
        },
      ],
    }),
    count("pages", {
      label: { zh: "页数", en: "pages" },
      prompt: { zh: "请问共多少页？", en: "How many pages is it?" },
      help: { zh: "登记台账需要页数。", en: "The register records the page count." },
      example: { zh: "12页", en: "12 pages" },
      unitWords: ["页", "pages", "page"],
    }),
    choice("archiveCategory", {
      label: { zh: "归档类别", en: "archive category" },
      prompt: { zh: "请问归入哪一类？", en: "Which category should it be filed under?" },
      help: {
        zh: "档案按行政、教学、财务分类，按时间排序。",
        en: "Files are kept by category (administration, teaching, finance) in time order.",
      },
      example: { zh: "1", en: "1" },
      required: (v) => v.direction === "archive",
      options: [
        { value: "admin", label: { zh: "行政", en: "Administration" }, words: ["行政类", "行政档案"] },
        { value: "teaching", label: { zh: "教学", en: "Teaching" }, words: ["教学类", "教学档案", "教务"] },
        { value: "finance", label: { zh: "财务", en: "Finance" }, words: ["财务", "会计"] },
      ],
    }),
    {
      ...deadline,
      // Documents mention their own dates ("10月8日来文"): only read a date next to a deadline word.
      extract: (input: string, ctx) => {
        const near = /[^，,。；;\n]{0,14}(?:截止|期限|前|deadline|due|\bby\b)[^，,。；;\n]{0,12}/i.exec(
          input,
        )?.[0];
        return near ? deadline.extract?.(near, ctx) : undefined;
      },
    },
  ],
  priority: (v) => (classified(v) ? "important" : "normal"),
  sla: (v) => [respond(workingDays(1)), resolve(workingDays(v.direction === "archive" ? 3 : 1))],
  summary: (v) => {
    const kind = { receive: "收文", send: "发文", archive: "归档" }[String(v.direction)] ?? "";
    return summaryText(
      `${kind} ${v.title ?? ""} ${v.sendingUnit ?? ""} ${v.pages ? `${v.pages}页` : ""}`
        .replace(/\s+/g, " ")
        .trim(),
    );
  },
  afterCreate: (v) =>
    classified(v)
      ? {
          zh: "涉密文件请将纸质件当面交文印岗登记，切勿通过聊天发送内容或照片。",
          en: "Please hand the paper copy of a classified document to the documents desk in person; never send its content or photos in chat.",
        }
      : v.direction === "send"
        ? {
            zh: "发文需签收人在聊天中确认签收，台账会记录签收人和时间。",
            en: "The recipient is asked in chat to sign for it; the register records who signed and when.",
          }
        : undefined,
});
