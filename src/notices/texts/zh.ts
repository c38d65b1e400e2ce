// Every notice sentence in Simplified Chinese. en.ts mirrors this object key by key.
export const zh = {
  list: (items: readonly string[]) => items.join("、"),
  /** What each channel asks of the desk (G4). */
  channelRule: {
    bulletin: "每日更新",
    screen: "每条至少滚动5分钟",
    "wechat-account": "进入当日公众号推送",
  } as Record<string, string>,

  // Receipt
  receiptReview: "通知已提交办公室负责人审核，审核通过后交信息发布岗发布，各渠道发布完成后会通知您。",
  receiptMajor: (leader: string) =>
    `这是重大通知：办公室负责人审核通过后，还需${leader}在线签发，然后交信息发布岗发布，各渠道发布完成后会通知您。`,
  attachmentsKept: (n: number) => `附件 ${n} 个已随通知提交。`,

  // Review (head) and sign-off (leader)
  reviewHint: (number: string) => `请审核这条通知：\n通过：通过 ${number}\n退回修改：退回 ${number} 修改意见`,
  approveButton: "通过",
  sendBackButton: "退回修改",
  signOffButton: "签发",
  signOffRequest: (number: string, title: string, head: string, details: string) =>
    `【待签发·重大通知】${number}\n${title}\n办公室负责人${head}已审核通过，请您签发。\n${details}\n签发：签发 ${number}\n退回修改：退回 ${number} 修改意见`,
  approvedMajor: (leader: string) => `办公室负责人已审核通过，待${leader}签发。`,
  approvedToDesk: "办公室负责人已审核通过，已交信息发布岗发布。",
  signedOffToDesk: (leader: string) => `${leader}已签发，已交信息发布岗发布。`,
  sentBack: (who: string, note: string) => `${who}退回修改：${note}`,
  approvedReply: (number: string, next: string) => `已通过：${number}。${next}`,
  nextLeader: (leader: string) => `已请${leader}签发。`,
  nextDesk: "已交信息发布岗发布。",
  sendBackNeedsNote: (number: string) => `请写明修改意见，例如“退回 ${number} 请补充放假期间值班安排”。`,
  sentBackReply: (number: string) => `已退回：${number}，申请人会收到您的修改意见。`,
  reviewReminder: (number: string, title: string, since: string, step: string) =>
    `⏰ 通知${step}已等待超过 1 个工作日：${number}（${title}），提交于 ${since}。`,
  stepReview: "审核",
  stepSignOff: "签发",

  // Publishing (desk)
  publishHint: (_number: string, lines: readonly string[]) =>
    ["请按渠道发布，每发布一个渠道回复一次：", ...lines.map((l) => `· ${l}`)].join("\n"),
  publishLine: (channel: string, rule: string, command: string) => `${channel}（${rule}）：${command}`,
  publishedCommand: (number: string, channel: string) => `已发布 ${number} ${channel}`,
  markedSome: (number: string, done: string, left: string) =>
    `已记录：${number} 已在${done}发布。尚未发布：${left}。`,
  markedAll: (number: string, done: string) => `已记录：${number} 已在${done}全部发布，已通知申请人。`,
  allPublished: (done: string) => `通知已在${done}发布。`,
  alreadyMarked: (number: string, channel: string) => `${number} 的${channel}已记录为发布，无需重复。`,
  whichChannel: (number: string, left: string) =>
    `请说明发布的渠道，例如“已发布 ${number} ${left.split("、")[0]}”。尚未发布：${left}。`,
  notAChannel: (number: string, channels: string) =>
    `这条通知没有选这个渠道。${number} 的发布渠道：${channels}。`,

  // Refusals
  notANotice: (number: string) => `${number} 不是通知发布的工单。`,
  notReviewer: (number: string, who: string) => `${number} 现在等待${who}处理，您不能执行这一步。`,
  wrongStage: (number: string, stage: string) => `${number} 现在的状态是“${stage}”，不能执行这一步。`,
  notDesk: (number: string) => `只有信息发布岗可以登记 ${number} 的发布。`,
  stage: {
    review: "待办公室负责人审核",
    "sign-off": "待分管领导签发",
    publishing: "发布中",
    published: "已发布",
    returned: "已退回修改",
  } as Record<string, string>,

  // Details (查询)
  detailStage: (stage: string) => `通知进度：${stage}`,
  detailReviewer: (who: string) => `当前审批人：${who}`,
  detailApproved: (who: string, at: string) => `审核：${who} 通过（${at}）`,
  detailSignedOff: (who: string, at: string) => `签发：${who}（${at}）`,
  detailChannel: (channel: string, at: string | undefined) =>
    `${channel}：${at ? `已发布（${at}）` : "未发布"}`,

  // News digest (G4)
  digestTitle: (period: string, from: string, to: string) => `📰 ${period}部门新闻汇总（${from}–${to}）`,
  digestWeek: "本周",
  digestMonth: "本月",
  digestLastWeek: "上周",
  digestLastMonth: "上月",
  digestLine: (date: string, title: string, channels: string, number: string) =>
    `· ${date} ${title}（${channels}）${number}`,
  digestEmpty: "这段时间没有已发布的通知。",
  digestCount: (n: number) => `共 ${n} 条。`,
};

export type NoticeTexts = typeof zh;
