import type { Locale } from "../core/locale.js";

interface Referral {
  words: RegExp;
  zh: string;
  en: string;
}

// G12: clearly refuse what belongs to another department, and say where to go instead.
const referrals: readonly Referral[] = [
  {
    words: /工资|薪酬|社保|公积金|职称|salary|payroll|pension/i,
    zh: "工资、社保、职称等事务请联系人事处。",
    en: "Salary, social insurance and titles are handled by the Human Resources office.",
  },
  {
    words: /报销|发票|经费|财务|reimburse|invoice|expense/i,
    zh: "报销和经费事务请联系财务处。",
    en: "Reimbursements and budgets are handled by the Finance office.",
  },
  {
    words: /排课|调课|成绩|学籍|课表|选课|timetable|grades?|transcript|enrol/i,
    zh: "排课、调课、成绩和学籍事务请联系教务处。",
    en: "Timetables, grades and enrolment are handled by the Academic Affairs office.",
  },
  {
    words: /请假|休假|leave request|sick leave/i,
    zh: "请假请按学校请假制度向所在部门负责人和人事处申请。",
    en: "Leave requests go to your head of department and the Human Resources office.",
  },
];

/** The referral sentence when a request belongs to another department, otherwise undefined. */
export function outOfScope(text: string, locale: Locale): string | undefined {
  const hit = referrals.find((r) => r.words.test(text));
  return hit ? hit[locale] : undefined;
}
