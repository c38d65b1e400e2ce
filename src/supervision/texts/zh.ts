import type { PeriodKind } from "../../understanding/parsers/report-period.js";

// The office head's supervision sentences in Simplified Chinese. en.ts mirrors this object key by key.

/** A clock's figures, already formatted. */
export interface RateText {
  rate: string;
  onTime: number;
  counted: number;
}

export const zh = {
  periodName: {
    "this-week": "本周",
    "last-week": "上周",
    "this-month": "本月",
    "last-month": "上月",
    "this-semester": "本学期",
    "last-semester": "上学期",
    "this-year": "今年",
    "last-year": "去年",
    month: "",
    range: "",
  } as Record<PeriodKind, string>,
  period: (name: string, from: string, to: string) => `${name ? `${name}：` : ""}${from} 至 ${to}`,
  wholeOffice: "全办公室",
  noData: "暂无数据",
  kpiTitle: (period: string, scope: string) => `📈 服务指标｜${period}｜${scope}`,
  onTimeLine: (r: RateText, late: number, overdue: number) =>
    `按时完成率 ${r.rate}（按期办结 ${r.onTime} / ${r.counted} 件；逾期办结 ${late} 件，超时未办 ${overdue} 件）`,
  onTimeNone: "按时完成率 暂无数据（本期没有到期并已办结或超时的工单）",
  meetsTarget: "✓ 达到 90% 目标",
  belowTarget: "⚠️ 未达 90% 目标",
  needsCause: "⚠️ 低于 85%，需要原因分析（G16）",
  clocksLine: (response: string, onsite: string, plan: string | undefined) =>
    `响应及时率 ${response}｜到场及时率 ${onsite}${plan ? `｜方案及时率 ${plan}` : ""}`,
  rateOf: (r: RateText) => `${r.rate}（${r.onTime}/${r.counted}）`,
  volumeLine: (opened: number, resolved: number) => `新建工单 ${opened} 件，办结 ${resolved} 件`,
  errorLine: (rate: string, errors: number, complaints: number) =>
    `错误率 ${rate}（操作失误 ${errors} / 投诉 ${complaints} 件）目标 < 5%`,
  needsTraining: "⚠️ 错误率达到 5%，建议安排业务培训（G16）",
  satisfactionLine: (mean: string, count: number, distribution: readonly number[]) =>
    `满意度 ${mean}（${count} 条评价；${distribution
      .map((n, i) => `${i + 1}分 ${n}`)
      .reverse()
      .join("，")}）`,
  satisfactionNone: "满意度 暂无数据（本期没有评价）",
  mean: (mean: number) => `${mean.toFixed(2)} / 5`,
  byPost: "按岗位：",
  byType: "按类型：",
  breakdownLine: (name: string, onTime: string, opened: number, rating: string) =>
    `• ${name}：按时 ${onTime}，新建 ${opened} 件，满意度 ${rating}`,
  askCause:
    "请直接回复本期按时完成率偏低的原因分析（或发“原因 …”），会记录在案并在以后的报告中显示；回复“取消”暂不记录。",
  askCauseByCommand: "请发“原因 …”记录本期按时完成率偏低的原因分析，会在以后的报告中显示。",
  causeLine: (cause: string, who: string, at: string) => `原因分析（${who}，${at} 记录）：${cause}`,
  causeMissing: "原因分析：尚未记录（回复“原因 …”补记）。",
  previousCause: (period: string, cause: string) => `上期（${period}）原因分析：${cause}`,
  causeRecorded: (period: string) => `已记录 ${period} 的原因分析，今后的统计和报告会显示。`,
  causeNotAsked: "目前没有按时完成率低于 85% 的统计期需要原因分析。发“统计 上月”等查看指标。",
  causeEmpty: "请在“原因”后写明原因分析，例如：原因 月底集中报修，后勤人手不足。",
  causeSkipped: "好的，暂不记录原因分析；之后可随时发“原因 …”补记。",
  headOnly: "抱歉，只有办公室负责人可以记录原因分析。",
  notAllowed: "抱歉，服务指标和报告只有办公室负责人和各岗位工作人员可以查看。",
  operatorErrorDone: (number: string) => `工单 ${number} 已记为操作失误（计入错误率）。`,
  notComplaint: (number: string) => `工单 ${number} 不是投诉，不能记为操作失误（错误率只统计投诉）。`,
  operatorErrorNotAllowed: "抱歉，只有办公室负责人或承办岗位可以把投诉记为操作失误。",
  weeklyTitle: (period: string, scope: string) => `📊 周报｜${period}｜${scope}`,
  monthlyTitle: (period: string, scope: string) => `📊 月报｜${period}｜${scope}`,
  changeTitle: (previous: string) => `与上期（${previous}）相比：`,
  changeLine: (opened: string, onTime: string, rating: string) =>
    `新建工单 ${opened}；按时完成率 ${onTime}；满意度 ${rating}`,
  points: (d: number) => `${d >= 0 ? "+" : ""}${d.toFixed(1)} 个百分点`,
  count: (d: number) => `${d >= 0 ? "+" : ""}${d} 件`,
  score: (d: number) => `${d >= 0 ? "+" : ""}${d.toFixed(2)}`,
  unknownChange: "无可比数据",
  bookingsLine: (n: number) => `会议室使用（已批准或已签到）${n} 场`,
  lowRatingsTitle: "低分评价（≤ 2 分）：",
  lowRatingLine: (number: string, score: number, summary: string, comment: string | null) =>
    `• ${number}｜${score}分｜${summary}${comment ? `｜“${comment}”` : ""}`,
  overdueTitle: (total: number) => `当前超时未办 ${total} 件${total > 0 ? "：" : "。"}`,
  overdueLine: (number: string, post: string, summary: string, milestone: string, due: string) =>
    `• ${number}｜${post}｜${summary}｜${milestone}期限 ${due}`,
  overdueMore: (more: number) => `……另有 ${more} 件，各岗位发“待办”可查看完整队列。`,
  milestone: { response: "响应", onsite: "到场", plan: "方案", resolution: "办结" } as Record<string, string>,
  reportFooter: "发“统计 上月”“统计 本学期”或“统计 2026-09-01 2026-12-31”查看其他时期。",
};

export type SupervisionTexts = typeof zh;
