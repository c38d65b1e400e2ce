// Every sentence the scheduler sends, in Simplified Chinese. en.ts mirrors this object key by key.

/** What an alert is about: a ticket's milestone and its deadline in plain words. */
export interface AlertSubject {
  number: string;
  title: string;
  summary: string;
  milestone: string;
  due: string;
}

export interface WeeklyNumbers {
  opened: number;
  resolved: number;
  overdueOpen: number;
  onTime: string;
  rating: string;
  ratings: number;
}

const about = (s: AlertSubject) => `工单 ${s.number}（${s.title}：${s.summary}）`;

export const zh = {
  reminder: (s: AlertSubject) => `⏰ 提醒：${about(s)}的${s.milestone}期限为${s.due}，请及时处理。`,
  overdue: (s: AlertSubject) => `⚠️ 已超时：${about(s)}的${s.milestone}期限（${s.due}）已过，请尽快处理。`,
  escalation: (s: AlertSubject, span: string, handler: string) =>
    `🔺 超时升级：${about(s)}的${s.milestone}期限（${s.due}）已过 ${span}仍未完成。承办：${handler}。`,
  unassigned: "尚未接单",
  alertKind: { 1: "即将到期", 2: "已超时", 3: "超时升级" } as Record<number, string>,
  digestTitle: (n: number) => `⏰ 您有 ${n} 条工单期限提醒：`,
  digestLine: (kind: string, s: AlertSubject) =>
    `• 【${kind}】${s.number}｜${s.title}｜${s.summary}｜${s.milestone} ${s.due}`,
  digestFooter: "回复“待办”查看完整队列，或“查询 工单号”查看详情。",
  dailyTitle: (name: string, posts: string, open: number, overdue: number) =>
    `📋 ${name}，早上好！${posts}今日待办 ${open} 件${overdue > 0 ? `，其中已超时 ${overdue} 件（排在最前）` : ""}：`,
  dailyFooter: "回复“待办”随时查看最新队列。",
  weeklyTitle: (from: string, to: string) => `📊 上周服务小结（${from} 至 ${to}）：`,
  weeklyLines: (w: WeeklyNumbers) =>
    [
      `新建工单 ${w.opened} 件，办结 ${w.resolved} 件，当前超时未办 ${w.overdueOpen} 件`,
      `按时完成率 ${w.onTime}（目标 ≥ 90%）`,
      `平均满意度 ${w.rating}（${w.ratings} 条评价）`,
      "回复“统计”查看本月指标。",
    ].join("\n"),
  deliveryFailed: (recipient: string, excerpt: string, reason: string) =>
    `⚠️ 一条发给${recipient}的消息多次发送失败，已放弃：${excerpt}\n原因：${reason}`,
};

export type SchedulerTexts = typeof zh;
