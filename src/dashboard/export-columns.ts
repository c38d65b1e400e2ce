// The export's column and sheet names: Chinese, as the office files them, whatever language the chat uses.
export const sheetNames = {
  tickets: "工单",
  events: "处理记录",
  ratings: "评价",
  audit: "抽查",
  survey: "满意度调查",
};

export const milestoneNames = { response: "响应", onsite: "到场", plan: "方案", resolution: "办结" } as const;

export const ticketColumns = [
  "工单号",
  "服务类型",
  "摘要",
  "岗位",
  "提交人",
  "处理人",
  "优先级",
  "状态",
  "渠道",
  "提交时间",
  "受理时间",
  "办结时间",
  "关闭时间",
  ...Object.values(milestoneNames).flatMap((m) => [`${m}期限`, `${m}完成时间`, `${m}是否按时`]),
  "评分",
  "评价内容",
  "操作失误",
  "处理记录",
];

export const eventColumns = ["工单号", "时间", "操作人", "动作", "原状态", "新状态", "备注"];

export const ratingColumns = ["工单号", "评分", "评价内容", "评价时间"];

export const clockVerdicts = {
  met: "按时",
  late: "超时",
  running: "未到期",
  overdue: "已超时未完成",
  paused: "暂停（等待补充）",
  notCompleted: "未完成（退回或转介）",
};

export const actionNames: Record<string, string> = {
  create: "提交",
  accept: "受理",
  start: "开始处理",
  ask: "询问",
  answer: "补充",
  plan: "提出方案",
  resolve: "办结",
  close: "关闭",
  reopen: "重新打开",
  transfer: "转交",
  refer: "转介",
  refuse: "退回",
  cancel: "撤销",
};

export const auditColumns = [
  "工单号",
  "抽查月份",
  "纸质登记",
  "电子台账",
  "回访记录",
  "备注",
  "检查人",
  "检查时间",
];

export const auditResults: Record<string, string> = { ok: "相符", problem: "有问题" };
export const auditUnchecked = "未检查";

/** Survey answers stay anonymous: a sheet number (in random order), never a person or a time. */
export const surveyColumns = ["学期", "答卷", "题号", "题目", "评分", "文字回答"];
