/** The words of the supplies decisions, typed or behind a button: `发放 <no>`, `issue <no>` … */
export const decisionWords = {
  issue: { zh: "发放", en: "issue" },
  decline: { zh: "不予发放", en: "decline" },
  endorse: { zh: "同意领用", en: "endorse" },
  deny: { zh: "不同意领用", en: "deny" },
} as const;
