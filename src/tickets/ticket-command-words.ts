import type { Locale } from "../core/locale.js";
import type { TicketAction } from "../domain/ticket-status.js";

/** The words that start each ticket action, per language; the first word of a language is the one shown. */
export const ticketActionWords = {
  accept: { zh: ["接单", "受理"], en: ["accept"] },
  start: { zh: ["开始", "到场"], en: ["start"] },
  resolve: { zh: ["完成", "办结"], en: ["resolve", "done"] },
  plan: { zh: ["方案"], en: ["plan"] },
  transfer: { zh: ["转交"], en: ["transfer"] },
  ask: { zh: ["询问"], en: ["ask"] },
  refer: { zh: ["转介"], en: ["refer"] },
  refuse: { zh: ["退回", "拒绝"], en: ["refuse", "reject"] },
  close: { zh: ["关闭"], en: ["close"] },
  reopen: { zh: ["重开", "重新打开"], en: ["reopen"] },
  cancel: { zh: ["撤销"], en: ["withdraw"] },
  answer: { zh: ["补充"], en: ["answer"] },
} as const satisfies Record<TicketAction, Record<Locale, readonly string[]>>;

/** The word shown for an action in a language ("接单", "accept"). */
export const actionWord = (action: TicketAction, locale: Locale): string =>
  ticketActionWords[action][locale][0];

/** The command as a clerk would type it, e.g. `actionText("accept", "zh", "综合办-20261127-003")`. */
export function actionText(action: TicketAction, locale: Locale, ...rest: string[]): string {
  return [actionWord(action, locale), ...rest].filter(Boolean).join(" ");
}
