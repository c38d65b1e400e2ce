// Every engine sentence in Simplified Chinese. en.ts mirrors this object key by key.
const provisionalDue = "（按法定假日推算，调休安排公布后可能调整）";
/** "10:00前"; a provisional deadline keeps its note after the 前. */
const before = (due: string) =>
  due.endsWith(provisionalDue) ? `${due.slice(0, -provisionalDue.length)}前${provisionalDue}` : `${due}前`;

/** 2500 → "2,500" (both languages group digits so). */
const count = (n: number) => n.toLocaleString("en");

export const zh = {
  menuTitle: "您好！这里是学校综合办公室。请回复编号或直接说您的需要：",
  menuFooter: "也可以直接描述，例如“投影仪坏了”“明天下午借301会议室”。查看进度请回复“我的工单”。",
  notUnderstood: "抱歉，我没有完全明白。",
  shortMenu: "抱歉，我没有完全明白。我可以帮您办这些事，请回复编号或换个说法：",
  whichService: "您是要：",
  pickAgain: "请回复编号选择一项，或者换个说法再说一次。",
  tooLong: (max: number) => `消息太长了（超过 ${max} 字），请分几次发送或精简一下。`,
  internalError: "抱歉，系统出了点问题，您的内容没有保存，请稍后再试。",
  stateLost: "抱歉，之前的对话记录无法读取，我们从头开始。",
  empty: "没有收到文字内容，请直接输入您的需要，或回复“菜单”查看服务。",
  unsupported: "抱歉，这类消息我暂时无法处理，请用文字描述。",
  startFlow: (title: string) =>
    `好的，我们来办理【${title}】。随时回复“取消”放弃，“返回”回到上一项，“帮助”查看说明。`,
  cancelled: "已取消，没有保存任何内容。需要时回复“菜单”重新开始。",
  nothingToCancel: "当前没有正在办理的事项。",
  nothingToGoBack: "已经是第一项了。",
  fieldHelp: (label: string, help: string, example: string) => `【${label}】${help}\n例如：${example}`,
  optionalHint: "（可回复“跳过”）",
  corrected: (label: string, value: string) => `已将“${label}”改为：${value}。`,
  notAValue: (label: string) => `这一步需要填写“${label}”，请直接回复内容。`,
  switchAsk: (current: string, next: string) => `先完成当前的${current}，还是改办${next}？`,
  continueFlow: (current: string) => `继续${current}`,
  switchFlow: (next: string) => `改办${next}`,
  keptOld: (label: string) => `“${label}”保持原值不变。`,
  unknownField: (name: string, labels: string) => `没有名为“${name}”的项目。可修改的有：${labels}`,
  reviewTitle: (title: string) => `请核对【${title}】的信息：`,
  reviewFooter: (label: string) =>
    `确认无误请回复“确认”；修改某项请回复“修改 项目名”（如“修改 ${label}”）；放弃请回复“取消”。`,
  confirm: "确认",
  edit: "修改",
  cancel: "取消",
  skip: "跳过",
  pickEdit: "请问要修改哪一项？",
  flowRestarted: (title: string) =>
    `抱歉，【${title}】的办理流程刚刚更新，之前填写的内容需要重新确认。我们从头开始。`,
  flowGone: "抱歉，您之前办理的事项类型已停用，已为您结束。回复“菜单”查看现有服务。",
  expired: (title: string) => `【${title}】长时间没有继续，已自动结束，没有保存。需要时回复“菜单”重新开始。`,
  created: (number: string) => `已受理，工单号：${number}。`,
  nextStep: (post: string, span: string, due: string) => `${post}将在 ${span}内响应，预计${before(due)}。`,
  deadlineLine: (milestone: string, due: string) => `${milestone}：${before(due)}`,
  trackHint: (number: string) => `可随时回复“查询 ${number}”查看进度。`,
  milestone: { response: "响应", onsite: "到场", plan: "初步方案", resolution: "办结" } as Record<
    string,
    string
  >,
  status: {
    new: "待受理",
    accepted: "已受理",
    in_progress: "处理中",
    waiting: "等待您补充",
    resolved: "已办结",
    closed: "已关闭",
    reopened: "已重新打开",
    referred: "已转介",
    refused: "不予受理",
    cancelled: "已撤销",
  } as Record<string, string>,
  priority: { urgent: "紧急", important: "重要", normal: "普通" } as Record<string, string>,
  today: "今天",
  tomorrow: "明天",
  /** After a deadline in a year whose 调休 are not known yet (computed from the statutory holidays). */
  provisionalDue,
  noTickets: "您目前没有工单。回复“菜单”可以办理新事项。",
  myTicketsTitle: "您的工单：",
  queueTitle: (post: string) => `${post}的待办（紧急优先，其次按期限）：`,
  listPage: (from: number, to: number, total: number, more: boolean) =>
    `${from === 1 ? `显示前 ${count(to)} 条` : `显示第 ${count(from)}–${count(to)} 条`}，共 ${count(total)} 条${more ? " · 回复“更多”" : ""}`,
  listEnd: "已经是最后一页。",
  queueEmpty: (post: string) => `${post}目前没有待办工单。`,
  notStaff: "抱歉，这个命令只有办公室工作人员可以使用。",
  noTicketMeant:
    "没有找到与之对应的待办工单，请写完整工单号（如 接单 综合办-20261127-003），或回复“待办”查看。",
  whichTicket: "您指的是哪张工单？",
  clerkHelp:
    "没有识别这条指令。常用指令：待办（查看队列）；接单 001（今天的001号，或您队列中唯一以001结尾的工单）；开始 001；完成 001 说明；方案/转交/询问/转介/退回 <工单号> 内容；只写“接单”会处理唯一可接的工单。要办理服务请直接描述，或回复“菜单”。",
  ticketNotFound: (number: string) => `没有找到工单 ${number}，请检查编号（格式如 综合办-20261127-003）。`,
  ticketHidden: (number: string) => `抱歉，您没有查看工单 ${number} 的权限。`,
  ticketLine: (number: string, title: string, summary: string, status: string) =>
    `${number}｜${title}｜${summary}｜${status}`,
  ticketDetail: (lines: string[]) => lines.join("\n"),
  overdueMark: "⏰已超时",
  refused: {
    "wrong-status": (status: string) => `操作未执行：工单当前状态为“${status}”，不能进行这一步。`,
    "not-allowed": "操作未执行：您没有权限对该工单进行这一步。",
    "note-required": "操作未执行：这一步需要写明原因或说明，例如“退回 综合办-20261127-003 属于教务处职责”。",
  },
  actionDone: (number: string, status: string) => `已更新：${number} → ${status}。`,
  unknownPost: (name: string, posts: string) => `没有找到岗位“${name}”。可选岗位：${posts}`,
  commandUsage: (usage: string) => `格式不对。用法：${usage}`,
  assignment: (post: string, number: string, title: string, summary: string) =>
    `【新工单】${post}：${number}\n${title}：${summary}`,
  assignmentCommands: (number: string) =>
    `接单：接单 ${number}\n完成：完成 ${number} 处理说明\n转交：转交 ${number} 岗位名 原因\n询问：询问 ${number} 需要补充的问题\n退回：退回 ${number} 原因`,
  statusChanged: (number: string, status: string, note?: string | null) =>
    `您的工单 ${number} 状态更新为“${status}”。${note ? `\n说明：${note}` : ""}`,
  askedForInfo: (number: string, question: string) =>
    `关于工单 ${number}，工作人员需要您补充：${question}\n请回复：补充 ${number} 您的说明`,
  answered: (number: string, who: string, answer: string) => `工单 ${number} 的申请人${who}补充：${answer}`,
  transferredIn: (number: string, from: string) => `工单 ${number} 由${from}转交给本岗位。`,
  rated: (score: number) => `谢谢您的评价（${score} 分）！`,
  ratePrompt: (number: string) =>
    `工单 ${number} 已办结，请为本次服务打分（1–5 分，5 分最满意），也可以附上评语。`,
  lowRatingAlert: (number: string, what: string, score: number, comment: string | null) =>
    `⚠️ 低分评价：工单 ${number}（${what}）得分 ${score}。${comment ? `\n评语全文：\n${comment}` : "\n申请人尚未留评语，收到后会转给您。"}`,
  rateUsage: "请回复 1–5 的分数，例如“评价 综合办-20261127-003 5 很及时”。",
  rateNotAllowed: "抱歉，只有申请人可以评价，且工单需已办结。",
  rateTooLate: "抱歉，评价提交后 12 小时内可以修改，现在已超过修改时间。",
  refer: (reason: string) => `抱歉，这件事不属于综合办公室的职责范围。${reason}`,
  referTo: (department: string, contact: string) => `请联系${department}（${contact}）。`,
  referChoice: (department: string) => `找${department}`,
  groupPrivate: "这件事涉及个人信息，我已私信您继续办理。",
  attachmentSaved: (name: string) => `已收到附件“${name}”，会随工单一并提交。`,
  attachmentTooLarge: (mb: number) => `附件超过 ${mb} MB，未保存。请压缩后再发，或线下提交。`,
  attachmentNotHere: "收到附件，但当前没有需要附件的办理事项（报修或文件类可以附照片或文件）。",
  attachmentsLine: (n: number) => `附件 ${n} 个`,
  noData: "暂无数据",
  formRequired: (label: string) => `请填写“${label}”。`,
};

export type Texts = typeof zh;
