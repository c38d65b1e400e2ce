// The semester survey's and the quarterly summary's sentences in Simplified Chinese (G17, G19). en.ts mirrors
// this object key by key.
export const zh = {
  /** The guide's default: five choice questions (attitude, speed, quality, communication, overall) and one open. */
  defaultQuestions: [
    "您对综合办公室工作人员的服务态度是否满意？",
    "您对办理的响应速度是否满意？",
    "您对办理结果的质量是否满意？",
    "您对办理过程中的沟通（进度告知、解释说明）是否满意？",
    "总体而言，您对综合办公室的服务是否满意？",
    "您对综合办公室的服务还有什么意见或建议？",
  ],
  scale: ["很不满意", "不满意", "一般", "满意", "很满意"],
  /** "2026-autumn" → "2026 秋季学期"; a semester the directory names keeps its name. */
  semester: (key: string) => {
    const match = /^(\d{4})-(spring|autumn)$/.exec(key);
    return match ? `${match[1]} ${match[2] === "spring" ? "春季" : "秋季"}学期` : key;
  },
  onlyHead: "抱歉，只有办公室负责人可以发起调查、修改问题和公布结果。",
  draftTitle: (semester: string) => `${semester}满意度调查（草稿，尚未发送）：`,
  questionLine: (n: number, text: string, open: boolean) =>
    `${n}. ${text}${open ? "（开放题）" : "（1–5 分）"}`,
  draftHint: "修改问题：“调查 问题 3 新的问题”；确认无误后回复“调查 发送”。",
  send: "发送",
  sendCommand: "调查 发送",
  questionUsage: (count: number) =>
    `请写明题号（1–${count}）和新的问题，例如“调查 问题 3 您对办理结果是否满意？”`,
  alreadySent: "调查已发送，不能再修改问题。",
  sent: (count: number, remindOn: string) =>
    `调查已发送给 ${count} 人（本学期用过机器人的师生和办公室工作人员），答卷匿名保存；${remindOn} 会提醒尚未填写的人一次。`,
  nobodyToAsk: "本学期还没有可以调查的人，调查没有发送。",
  status: (semester: string, answered: number, asked: number) =>
    `${semester}满意度调查：已发送 ${asked} 人，已回收 ${answered} 份。回复“调查 结果”查看并公布结果。`,
  invite: (semester: string, count: number) =>
    `【满意度调查】综合办公室${semester}服务满意度调查，共 ${count} 题，约 2 分钟，匿名填写。`,
  startAnswering: "开始填写",
  answerCommand: "填写调查",
  reminder: (semester: string) => `提醒：${semester}满意度调查还没有收到您的答卷，填写约 2 分钟，匿名。`,
  nothingToAnswer: "目前没有需要您填写的调查，谢谢。",
  askScale: (n: number, count: number, text: string) =>
    `第 ${n}/${count} 题：${text}\n请选 1–5 分（5 为很满意）。`,
  askOpen: (n: number, count: number, text: string) =>
    `第 ${n}/${count} 题：${text}\n请直接写下，没有请回复“无”。`,
  scaleAgain: "请回复 1–5 的分数（5 为很满意）。",
  none: "无",
  noneWords: ["无", "没有", "跳过", "none", "skip", "no"],
  thanks: "答卷已匿名提交，谢谢您的意见！",
  stopped: "已退出调查，答案没有保存；回复“填写调查”可重新开始。",
  resultsTitle: (semester: string, answered: number, asked: number) =>
    `${semester}满意度调查结果（回收 ${answered}/${asked} 份）：`,
  resultLine: (n: number, text: string, mean: string, satisfied: string, flagged: boolean) =>
    `${n}. ${text}\n   平均 ${mean} 分，满意（4–5 分）${satisfied}${flagged ? "  ⚠️ 未达标，纳入部门考核" : "  ✓"}`,
  noAnswers: "暂无",
  target: "达标线：平均分不低于 4.0（满分 5 分）。",
  commentsTitle: (count: number) => `开放题意见（${count} 条，仅办公室负责人可见）：`,
  published: (count: number) => `结果已公布给 ${count} 位受访者。`,
  resultsNotSent: "调查还没有发送，暂无结果。",
  noSurvey: "本学期还没有满意度调查。回复“调查”生成问卷草稿。",
  planSaved: (quarter: string, text: string) => `已记录 ${quarter} 的改进方案：${text}`,
  plansTitle: (quarter: string) => `${quarter} 的改进方案：`,
  noPlans: (quarter: string) => `${quarter} 还没有改进方案。回复“改进 内容”记录一条。`,
  quarterTitle: (quarter: string) => `【季度小结】${quarter} 服务监督小结`,
  quarterNoSurvey: "本季度没有发出满意度调查。",
  quarterKpiTitle: "本季度关键指标：",
  quarterKpiMissing: "关键指标（按时完成率、错误率、满意度）：请发送“统计”查看。",
};

export type SurveyTexts = typeof zh;
