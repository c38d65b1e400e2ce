import type { Locale } from "../core/locale.js";

/** The words that start each booking command, Chinese first; the first word of a language is the one shown. */
export const bookingCommandWords = {
  approve: { zh: ["批准", "同意"], en: ["approve"] },
  reject: { zh: ["驳回", "不批准"], en: ["reject", "decline"] },
  checkIn: { zh: ["签到"], en: ["check in", "check-in", "checkin"] },
  confirmEquipment: { zh: ["确认设备"], en: ["confirm equipment"] },
  cancel: { zh: ["取消预约"], en: ["cancel booking"] },
  reschedule: { zh: ["改期", "改时间"], en: ["reschedule", "move booking"] },
  myBookings: { zh: ["我的预约", "我的场地预约"], en: ["my bookings", "bookings"] },
  waitlist: { zh: ["候补"], en: ["waitlist", "wait list"] },
  emergency: { zh: ["紧急调配"], en: ["reallocate", "emergency reallocation"] },
} as const satisfies Record<string, Record<Locale, readonly string[]>>;

export type BookingCommandWord = keyof typeof bookingCommandWords;

/** The command as a user would type it, e.g. `commandText("approve", "zh", "综合办-20261127-003")`. */
export function commandText(word: BookingCommandWord, locale: Locale, ...rest: string[]): string {
  return [bookingCommandWords[word][locale][0], ...rest].filter(Boolean).join(" ");
}

/** The text that starts a new booking for a room and time, through the booking flow's intent words. */
export function bookText(locale: Locale, roomName: string, when: string): string {
  return locale === "zh" ? `预约 ${roomName} ${when}` : `book ${roomName} ${when}`;
}
