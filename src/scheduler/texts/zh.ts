// Every sentence the scheduler sends, in Simplified Chinese. en.ts mirrors this object key by key.

/** What an alert is about: a ticket's milestone and its deadline in plain words. */
export interface AlertSubject {
  number: string;
  title: string;
  summary: string;
  milestone: string;
  due: string;
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
  deliveryFailed: (recipient: string, excerpt: string, reason: string) =>
    `⚠️ 一条发给${recipient}的消息多次发送失败，已放弃：${excerpt}\n原因：${reason}`,
  arrangementMissing: (year: number, file: string) =>
    [
      `📅 ${year}年的节假日调休安排还没有载入：${year}年的期限目前只按法定假日推算（不含调休），显示为“可能调整”。`,
      "添加方法：",
      `1. 国务院办公厅发布《关于${year}年部分节假日安排的通知》后，照通知写文件 ${file}（与目录文件放在同一文件夹）：`,
      `   year: ${year}`,
      "   holidays:        # 放假日，连续几天用 to 写结束日",
      `     - { date: "${year}-01-01", name: 元旦 }`,
      `     - { date: "${year}-MM-DD", to: "${year}-MM-DD", name: 春节 }`,
      "   workdays:        # 调休上班日",
      `     - { date: "${year}-MM-DD", name: 春节 }`,
      "2. 重启机器人（例如 systemctl restart office-desk）；文件有误时机器人不会启动，并指出出错的行。",
      `3. 回复“日历 ${year}”核对：每个放假日和调休上班日应标为“国务院安排”。`,
      "载入后本提醒自动停止；在此之前每周提醒一次。",
    ].join("\n"),
};

export type SchedulerTexts = typeof zh;
