import type { Locale } from "../core/locale.js";
import type { Choice, ReplyDraft } from "../core/messages.js";
import type { Referral } from "../understanding/referral-table.js";
import type { Candidate } from "../understanding/service-intents.js";
import type { FlowRegistry } from "./flow-registry.js";

import { texts } from "./texts/index.js";

/** A clarifying question waiting for its answer: the opening message and the services offered for it. */
export interface PendingChoice {
  text: string;
  /** Flow ids, or referral class ids ("refer:renshi"). */
  offered: string[];
}

/** The one reply for a request another department handles: where to go, and how to reach them. */
export function referralReply(referral: Referral, locale: Locale): ReplyDraft {
  const t = texts(locale);
  return { text: t.refer(t.referTo(referral.department[locale], referral.contact[locale])) };
}

/** The id a candidate goes by in stored state: a flow's id, or "refer:<id>" for a referral. */
export function candidateId(candidate: Candidate): string {
  return candidate.kind === "flow" ? candidate.id : `refer:${candidate.referral.id}`;
}

function choiceOf(candidate: Candidate, flows: FlowRegistry, locale: Locale): Choice | undefined {
  if (candidate.kind === "referral") {
    const label = texts(locale).referChoice(candidate.referral.department[locale]);
    return { label, value: label };
  }
  const flow = flows.get(candidate.id);
  return flow ? { label: flow.title[locale], value: flow.title[locale] } : undefined;
}

/** "您是要：1. 报修 2. 投诉与建议" — the two or three likeliest services as numbered choices. */
export function clarifyingQuestion(
  text: string,
  candidates: readonly Candidate[],
  flows: FlowRegistry,
  locale: Locale,
): { reply: ReplyDraft; pending: PendingChoice } {
  const choices: Choice[] = [];
  const offered: string[] = [];
  for (const candidate of candidates) {
    const choice = choiceOf(candidate, flows, locale);
    if (!choice) continue;
    choices.push(choice);
    offered.push(candidateId(candidate));
  }
  return { reply: { text: texts(locale).whichService, choices }, pending: { text, offered } };
}

/** Which offered option an answer picks: a service title, a referral's label or its department's name. */
export function pickedOption(
  answer: string,
  pending: PendingChoice,
  flows: FlowRegistry,
  referrals: readonly Referral[],
  locale: Locale,
): { kind: "flow"; id: string } | { kind: "referral"; referral: Referral } | undefined {
  const flow = flows.byTitle(answer);
  if (flow) return { kind: "flow", id: flow.id };
  const wanted = answer.trim().toLowerCase();
  for (const id of pending.offered) {
    const referral = referrals.find((r) => `refer:${r.id}` === id);
    if (!referral) continue;
    const names = [
      texts(locale).referChoice(referral.department[locale]),
      referral.department.zh,
      referral.department.en,
    ];
    if (names.some((n) => n.toLowerCase() === wanted)) return { kind: "referral", referral };
  }
  return undefined;
}
