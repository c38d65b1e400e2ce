import type { NoticeTexts } from "./zh.js";

export const en: NoticeTexts = {
  list: (items: readonly string[]) => items.join(", "),
  channelRule: {
    bulletin: "updated daily",
    screen: "at least 5 minutes per notice",
    "wechat-account": "in the day's official-account digest",
  } as Record<string, string>,

  receiptReview:
    "The notice has gone to the office head for review; once approved the notices desk publishes it, and you will be told when every channel is done.",
  receiptMajor: (leader: string) =>
    `This is a major notice: after the office head's review, ${leader} signs it off in chat; then the notices desk publishes it, and you will be told when every channel is done.`,
  attachmentsKept: (n: number) => `${n} attachment(s) filed with the notice.`,

  reviewHint: (number: string) =>
    `Please review this notice:\nApprove: pass ${number}\nSend back: send back ${number} what to change`,
  approveButton: "Approve",
  sendBackButton: "Send back",
  signOffButton: "Sign off",
  signOffRequest: (number: string, title: string, head: string, details: string) =>
    `[Sign-off needed · major notice] ${number}\n${title}\nThe office head ${head} has approved it; please sign it off.\n${details}\nSign off: sign off ${number}\nSend back: send back ${number} what to change`,
  approvedMajor: (leader: string) => `Approved by the office head; waiting for ${leader}'s sign-off.`,
  approvedToDesk: "Approved by the office head and passed to the notices desk for publishing.",
  signedOffToDesk: (leader: string) =>
    `Signed off by ${leader} and passed to the notices desk for publishing.`,
  sentBack: (who: string, note: string) => `Sent back by ${who}: ${note}`,
  approvedReply: (number: string, next: string) => `Approved: ${number}. ${next}`,
  nextLeader: (leader: string) => `${leader} has been asked to sign it off.`,
  nextDesk: "Passed to the notices desk for publishing.",
  sendBackNeedsNote: (number: string) =>
    `Please say what to change, e.g. "send back ${number} please add the duty roster for the holiday".`,
  sentBackReply: (number: string) => `Sent back: ${number}; the requester gets your note.`,
  reviewReminder: (number: string, title: string, since: string, step: string) =>
    `⏰ A notice has waited over 1 working day for your ${step}: ${number} (${title}), submitted ${since}.`,
  stepReview: "review",
  stepSignOff: "sign-off",

  publishHint: (_number: string, lines: readonly string[]) =>
    ["Publish it channel by channel and reply once per channel:", ...lines.map((l) => `· ${l}`)].join("\n"),
  publishLine: (channel: string, rule: string, command: string) => `${channel} (${rule}): ${command}`,
  publishedCommand: (number: string, channel: string) => `published ${number} ${channel}`,
  markedSome: (number: string, done: string, left: string) =>
    `Recorded: ${number} is out on ${done}. Still to publish: ${left}.`,
  markedAll: (number: string, done: string) =>
    `Recorded: ${number} is out on ${done}, every channel; the requester has been told.`,
  allPublished: (done: string) => `The notice is published on ${done}.`,
  alreadyMarked: (number: string, channel: string) =>
    `${channel} is already recorded as published for ${number}.`,
  whichChannel: (number: string, left: string) =>
    `Please name the channel, e.g. "published ${number} ${left.split(", ")[0]}". Still to publish: ${left}.`,
  notAChannel: (number: string, channels: string) =>
    `That channel was not chosen for this notice. ${number} goes on: ${channels}.`,

  notANotice: (number: string) => `${number} is not a notice request.`,
  notReviewer: (number: string, who: string) => `${number} is waiting for ${who}; you cannot take this step.`,
  wrongStage: (number: string, stage: string) => `${number} is "${stage}" now; that step does not apply.`,
  notDesk: (number: string) => `Only the notices desk can record publishing of ${number}.`,
  stage: {
    review: "waiting for the office head's review",
    "sign-off": "waiting for the leader's sign-off",
    publishing: "being published",
    published: "published",
    returned: "sent back for changes",
  } as Record<string, string>,

  detailStage: (stage: string) => `Notice: ${stage}`,
  detailReviewer: (who: string) => `Waiting for: ${who}`,
  detailApproved: (who: string, at: string) => `Reviewed: approved by ${who} (${at})`,
  detailSignedOff: (who: string, at: string) => `Signed off: ${who} (${at})`,
  detailChannel: (channel: string, at: string | undefined) =>
    `${channel}: ${at ? `published (${at})` : "not yet published"}`,

  digestTitle: (period: string, from: string, to: string) =>
    `📰 Department news, ${period} (${from} – ${to})`,
  digestWeek: "this week",
  digestMonth: "this month",
  digestLastWeek: "last week",
  digestLastMonth: "last month",
  digestLine: (date: string, title: string, channels: string, number: string) =>
    `· ${date} ${title} (${channels}) ${number}`,
  digestEmpty: "No notices were published in this period.",
  digestCount: (n: number) => `${n} in all.`,
};
