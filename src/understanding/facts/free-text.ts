const clause = /[^，,。；;！!？?\n]+/g;
const politeLead =
  /^(?:请|请问|麻烦|帮我|帮忙|帮一下|能否|能不能|可以|我想|想|我要|要|需要|劳驾|please|could you|can you)+\s*/i;

/** The opening message itself, as the description a free-text field keeps ("describe once"). */
export function wholeMessage(text: string, max = 500): string | undefined {
  const value = text.replace(/\s+/g, " ").trim();
  return value.length >= 2 ? value.slice(0, max) : undefined;
}

const publishing =
  /(?:在|到|上)?(?:公众号|公告栏|宣传栏|电子屏|大屏|校园网|官网)?(?:上|里)?(?:发布|发|张贴|推送|贴|挂|公示|公告)(?:一下|一个|一条|一则|一份|个|条|则|份)?(?:关于)?/g;

/**
 * What a notice is about, from a request to publish it: the words after a colon ("发布一条通知：下周一…"),
 * "关于…的通知", or the clauses that are not the publishing request ("明天全校停水，帮忙发个通知" → "明天全校停水").
 */
export function noticeSubject(text: string): string | undefined {
  const s = text.normalize("NFKC").trim();
  const colon = /[:：]\s*(.{2,})$/.exec(s)?.[1];
  if (colon) return colon.trim().slice(0, 100);
  const about =
    /关于([^，,。；;]{2,40}?)的?(?:通知|公告)/.exec(s)?.[1] ??
    /\b(?:about|that|on)\s+(.{3,80}?)[.!?]?$/i.exec(s)?.[1];
  if (about) return about.trim();
  const clauses = s.match(clause) ?? [];
  const rest = clauses.filter(
    (c) => !/发布|发个|发一|张贴|推送|公示|公告|贴|publish|post|announce|put up/i.test(c),
  );
  if (rest.length > 0) return rest.join("，").trim().slice(0, 100);
  const stripped = (clauses[0] ?? "")
    .replace(politeLead, "")
    .replace(publishing, "")
    .replace(/^(?:通知|公告)/, "")
    .replace(/(?:的)?(?:通知|公告|消息)$/, "")
    .trim();
  return stripped.length >= 2 ? stripped.slice(0, 100) : undefined;
}

const meetingName =
  /(?:[^\s，,。；;的了在开召要请帮有和与一个次场个下周月号日年天午]|[和与])*?(?:大会|会议|例会|座谈会|协调会|联席会议|联席会|研讨会|培训会|表彰会|家长会|典礼|仪式|晚会|[^\s，,。；;的了开]会)(?![议室场务])/u;
const englishMeeting = /\b(?:the\s+)?((?:[a-z'-]+\s+){0,3}(?:meeting|assembly|ceremony|conference))\b/i;

/** A meeting's name in a request to arrange it: "周四下午要开教研组长会" → "教研组长会", "the staff meeting". */
export function meetingTopic(text: string): string | undefined {
  const s = text.normalize("NFKC");
  const labelled = /(?:主题|议题|topic)\s*[:：是]\s*([^，,。；;\n]{2,60})/i.exec(s)?.[1];
  if (labelled) return labelled.trim();
  for (const part of s.match(clause) ?? []) {
    const zh = meetingName.exec(part.replace(politeLead, ""))?.[0];
    if (zh && zh.length >= 2) return zh;
  }
  const en = englishMeeting.exec(s)?.[1];
  return en?.replace(/^(?:the|arrange|set up|prepare|organise|organize|for|a|an|our)\s+/i, "").trim();
}

const printVerb = /(?:复印|打印|彩印|印刷|装订|胶装|扫描|印)(?:一下|下)?/;
const noise =
  /(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:份|本|张|页|套|册)|双面|单面|彩色|黑白|每[科班人个][^，,。]*|需要|一下|帮我|帮忙|请|麻烦|把|这份|这个|一份/g;

/** The document to print, copy or bind: "复印一下这份通知，40份" → "通知". */
export function printedDocument(text: string): string | undefined {
  const s = text.normalize("NFKC");
  const en =
    /\b(?:copies|copy|print|photocopy|bind|scan)\s+(?:of\s+)?(?:the\s+|this\s+|my\s+|our\s+)?([a-z][a-z' -]{2,40}?)(?:\s+(?:for|by|into|double|single|in)\b|[,.]|$)/i.exec(
      s,
    )?.[1];
  if (en) return en.trim();
  for (const part of s.match(clause) ?? []) {
    const verb = printVerb.exec(part);
    if (!verb) continue;
    const afterVerb = part
      .slice(verb.index + verb[0].length)
      .replace(noise, "")
      .replace(/^[的]/, "")
      .trim();
    const beforeVerb = part
      .slice(0, verb.index)
      .replace(noise, "")
      .replace(politeLead, "")
      .replace(/[要的]$/, "")
      .trim();
    const name = afterVerb.length >= 2 ? afterVerb : beforeVerb;
    if (name.length >= 2) return name.slice(0, 100);
  }
  return undefined;
}

const quoted = /[《“「"]([^》”」"]{2,60})[》”」"]|(?:标题|题目|title)\s*[:：]\s*([^，,。；;\n]{2,60})/i;

/** A title written in quotes or book-title marks, or after "标题：": "《家长会告家长书》" → "家长会告家长书". */
export function quotedTitle(text: string): string | undefined {
  const m = quoted.exec(text.normalize("NFKC"));
  return m?.[1] ?? m?.[2];
}

/** A body given after "内容：" / "正文：" / "content:". */
export function labelledContent(text: string): string | undefined {
  return /(?:内容|正文|content)\s*[:：]\s*([\s\S]{5,2000})/i.exec(text)?.[1]?.trim();
}

const purposeAfter = /(?:用于|用来|用途[:：是]?|举办|举行|办|开|做|搞|上)\s*([^，,。；;\d]{2,30})/;
const englishPurpose =
  /\bfor\s+(?:an?\s+|the\s+|my\s+|our\s+)?([a-z][a-z' -]{2,40}?)(?:\s+(?:on|at|from|next|this|tomorrow|today)\b|[,.?!]|$)/i;

/** What a room is booked for: "借301开年级组会" → "年级组会", "for a parent meeting" → "parent meeting". */
export function bookingPurpose(text: string): string | undefined {
  const s = text.normalize("NFKC");
  const zh = purposeAfter
    .exec(s)?.[1]
    ?.replace(/^(?:一下|一个|个|一次)/, "")
    .trim();
  if (zh && zh.length >= 2 && !/^(?:会议室|教室|报告厅)$/.test(zh)) return zh;
  const en = englishPurpose.exec(s)?.[1]?.trim();
  return en && !/^\d/.test(en) && !/\b(?:people|persons|hours?)\b/.test(en) ? en : undefined;
}
