import type { DaySource, YearSource } from "../../domain/sla-calendar.js";

// The working-day calendar's sentences in Simplified Chinese. en.ts mirrors this object key by key.
export const zh = {
  source: {
    "holiday-data": "节假日数据",
    official: "国务院安排",
    statutory: "法定假日推算",
    directory: "本校日历",
  } as Record<DaySource, string>,
  yearNote: {
    "holiday-data": "节假日与调休来自 chinese-days 节假日数据。",
    official: "节假日与调休来自已载入的国务院安排。",
    statutory: "尚未载入国务院调休安排：只按法定假日推算，调休安排公布后可能调整。",
  } as Record<YearSource, string>,
  yearTitle: (year: number) => `${year}年工作日历`,
  monthTitle: (year: number, month: number) => `${year}年${month}月工作日历`,
  monthCount: (month: number, working: number) => `${month}月 ${working}天`,
  workingDaysLine: (counts: string, total: number) => `工作日：${counts}（全年 ${total} 天）`,
  specialTitle: "节假日、调休与本校安排：",
  noSpecial: "（本年没有节假日或调休记录）",
  day: (date: string, weekday: string) => `${date}(${weekday})`,
  dateOf: (month: number, day: number) => `${month}月${day}日`,
  weekdays: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
  working: "上班",
  off: "休息",
  weekend: "周末",
  makeup: "调休上班",
  line: (day: string, status: string, name: string | undefined, source: string | undefined) =>
    `${day} ${status}${name ? ` ${name}` : ""}${source ? `｜${source}` : ""}`,
  usage: "请写明年份或月份，例如“日历 2027”或“日历 2027-02”。",
  outOfRange: (from: number, to: number) => `日历只能查看 ${from} 年到 ${to} 年。`,
};

export type CalendarTexts = typeof zh;
