/** The open ticket a new report seems to repeat, as the duplicate question names it. */
export interface EarlierReport {
  place: string;
  /** The thing both reports name, in the words of the directory's lexicon ("投影仪"). */
  thing: string;
  summary: string;
  time: string;
  number: string;
  status: string;
}

/** The tickets service's own sentences for duplicates and merging (the rest are in the engine's texts). */
export const zh = {
  alreadyReported: (r: EarlierReport) =>
    `${r.place}的${r.thing}已在${r.time}报修（${r.number}），目前${r.status}。要关注那张工单吗？关注后处理进度会同样通知您。`,
  follow: "关注那张工单",
  notSame: "不是同一个问题",
  followed: (number: string) => `已关注 ${number}，工单状态有变化会通知您。本次不再新建工单。`,
  newOneThen: "好的，按新问题登记。",
  alsoReported: (n: number) => `另有 ${n} 人反映`,
  someoneFollowed: (who: string, number: string, summary: string, n: number) =>
    `【同一问题】${who}也反映了 ${number}（${summary}），现另有 ${n} 人反映。`,
  followerUpdate: (number: string, status: string, note?: string | null) =>
    `您关注的工单 ${number} 状态更新：${status}${note ? `（${note}）` : ""}。`,
  mergeUsage:
    "格式：合并 <保留的工单号> <并入的工单号>，例如“合并 综合办-20261127-001 综合办-20261127-004”。",
  mergeSame: "两个工单号相同，无需合并。",
  mergeNotOpen: (number: string, status: string) =>
    `未合并：${number} 当前状态为“${status}”，只能合并未办结的工单。`,
  mergeNotAllowed: "未合并：只有承办岗位的人员或办公室负责人可以合并工单。",
  merged: (kept: string, gone: string, n: number) =>
    `已合并：${gone} 并入 ${kept} 并关闭，申请人和关注者改为关注 ${kept}${n > 0 ? `（另有 ${n} 人反映）` : ""}。`,
  mergedNote: (kept: string) => `与 ${kept} 是同一问题，已合并`,
  mergedInto: (gone: string, kept: string) =>
    `您的工单 ${gone} 与 ${kept} 是同一问题，已合并处理；后续进度按 ${kept} 通知您。`,
};

export type TicketTexts = typeof zh;
