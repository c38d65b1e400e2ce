import type { AuditCheck } from "../../db/queries/audit.js";

// The monthly audit's sentences in Simplified Chinese (G18). en.ts mirrors this object key by key.
export const zh = {
  /** The guide's three records (四、服务监督与改进: 纸质登记、电子台账、回访记录). */
  checks: { paper: "纸质登记", ledger: "电子台账", followUp: "回访记录" } as Record<AuditCheck, string>,
  ok: "相符",
  problem: "有问题",
  none: "无",
  okWords: ["相符", "符合", "一致", "没问题", "ok"],
  problemWords: ["有问题", "不符", "不符合", "不一致", "缺失", "problem"],
  noneWords: ["无", "没有", "跳过", "none", "skip"],
  startChecking: "开始核对",
  checkCommand: "抽查 核对",
  refused: "抱歉，抽查与重训名单只有办公室负责人和指定的抽查人可以查看。",
  usage: "请写明月份，例如“抽查 2026-11”。",
  noSample: (month: string) => `${month} 没有抽查样本（样本在次月第一个工作日抽取）。`,
  sampleTitle: (month: string, drawnOn: string) => `${month} 工单抽查（${drawnOn} 抽取）`,
  sampleRule: (closed: number, drawn: number, seed: number) =>
    `上月办结工单 ${closed} 件，按岗位各抽 20%（向上取整）共 ${drawn} 件；随机种子 ${seed}，可复核。`,
  postLine: (post: string, closed: number, drawn: number) => `【${post}】办结 ${closed} 件，抽 ${drawn} 件`,
  itemLine: (number: string, summary: string, clerk: string, status: string) =>
    `· ${number} ${summary}（经办：${clerk}）${status}`,
  unchecked: "待核对",
  checkedOk: "✓ 三项相符",
  checkedProblems: (checks: string) => `✗ ${checks}有问题`,
  progress: (checked: number, total: number, problems: number) =>
    `进度：已核对 ${checked}/${total} 件，发现问题 ${problems} 件。`,
  continueHint: "回复“抽查 核对”逐件核对。",
  emptySample: "上月没有办结的工单，本月无需抽查。",
  emptyNotice: (month: string) => `${month} 没有办结的工单，本次无需抽查。`,
  unassigned: "未指派",
  drawnNotice: (month: string, drawn: number, closed: number) =>
    `${month} 的工单抽查已抽取：办结 ${closed} 件，抽查 ${drawn} 件（每个岗位 20%，向上取整）。请逐件核对纸质登记、电子台账和回访记录。`,
  itemHeader: (position: number, total: number, number: string, title: string, post: string, clerk: string) =>
    `第 ${position}/${total} 件：${number}（${title}·${post}，经办：${clerk}）`,
  itemSummary: (summary: string) => `内容：${summary}`,
  askCheck: (check: string) => `${check}：与工单记录相符吗？`,
  answerCheck: (check: string) => `请回复“相符”或“有问题”（${check}）。`,
  askNote: "备注（可选）：写一句说明，没有请回复“无”。",
  recorded: (number: string, problems: string | undefined) =>
    problems
      ? `已记录 ${number}：${problems}有问题，已列入经办人的重训名单。`
      : `已记录 ${number}：三项相符。`,
  allDone: (month: string, problems: number) =>
    `${month} 的抽查已全部核对完毕，发现问题 ${problems} 件。回复“重训”查看重训名单。`,
  paused: "已暂停核对，回复“抽查 核对”继续。",
  nothingToCheck: "本月没有待核对的抽查工单。",
  retrainingTitle: "重训名单（抽查发现问题的经办人）：",
  retrainingEmpty: "重训名单为空：抽查尚未发现问题。",
  retrainingClerk: (clerk: string, count: number) => `${clerk}：${count} 件`,
  retrainingItem: (month: string, number: string, checks: string, note: string | null) =>
    `  · ${month} ${number} ${checks}有问题${note ? `（${note}）` : ""}`,
  listSeparator: "、",
};

export type AuditTexts = typeof zh;
