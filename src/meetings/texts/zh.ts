// Every meeting sentence in Simplified Chinese. en.ts mirrors this object key by key.
export const zh = {
  list: (items: readonly string[]) => items.join("、"),

  // Confirming an arrangement
  unknownInvitees: (names: string) =>
    `抱歉，通讯录里找不到：${names}。请核对姓名后重新列出通知对象（只写通讯录中的姓名）。`,
  venueHeld: (room: string, when: string) => `已为会议预留场地：${room} ${when}。`,
  noticeSentNow: (count: number) => `会议距今不足 7 天，会议通知和议程已立即发给 ${count} 位参会人。`,
  noticeScheduled: (day: string, count: number) =>
    `会议通知和议程将于 ${day} 发给 ${count} 位参会人（提前 7 天）。`,

  // Set-up (G3)
  setupTask: (number: string, topic: string, when: string, place: string, items: string) =>
    `【会务布置】${number}：${topic}，${when}，地点：${place}。请在会前 3 个工作日内完成场地布置并调试设备（G3）：${items}。完成后请回复“布置完成 ${number}”。`,
  setupButton: "布置完成",
  setupConfirmed: (number: string) => `已记录 ${number} 的会场布置和设备调试完成，申请人已收到通知。`,
  setupAlready: (number: string, at: string) => `${number} 的会场布置已于 ${at} 确认过。`,
  setupDoneNotice: (number: string, topic: string, who: string) =>
    `您的会议 ${number}（${topic}）会场已布置、设备已调试完毕（确认人：${who}）。`,

  // Notice (G5)
  notice: (topic: string, when: string, place: string, organiser: string, number: string) =>
    `【会议通知】${topic}\n时间：${when}\n地点：${place}\n召集人：${organiser}\n编号：${number}`,
  agenda: (text: string) => `议程/材料：${text}`,
  files: (names: string) => `附件：${names}`,
  noticeSentToRequester: (number: string, count: number) =>
    `会议 ${number} 的通知和议程已发给 ${count} 位参会人。`,

  // Minutes and clean-up
  minutesNotice: (number: string, topic: string, text: string) =>
    `【会议纪要】${topic}（${number}）\n${text}`,
  minutesSaved: (number: string, count: number) => `已保存 ${number} 的会议纪要，并发给 ${count} 人。`,
  minutesUsage: (number: string) => `请在命令后写上纪要内容，例如：纪要 ${number} 一、……二、……`,
  minutesTooEarly: (number: string, at: string) => `${number} 的会议 ${at} 才开始，请在会后再发纪要。`,
  cleanupTooEarly: (number: string, at: string) => `${number} 的会议 ${at} 才结束，请在会后再记录清场。`,
  cleanupNote: "会后清场完成",
  cleanedUp: (number: string) => `已记录 ${number} 会后清场完成，工单已办结，申请人将收到评价邀请。`,
  cleanupAlready: (number: string) => `${number} 的清场已记录过。`,

  // Ticket details (查询)
  venueLine: (room: string, when: string, status: string) => `场地：${room} ${when}｜${status}`,
  setupLine: (done: string | undefined) => (done ? `会场布置：已完成（${done}）` : "会场布置：待会务组确认"),
  noticeLine: (sent: string | undefined, due: string) =>
    sent ? `会议通知：已于 ${sent} 发出` : `会议通知：将于 ${due} 发出`,
  minutesLine: (at: string) => `会议纪要：已于 ${at} 发出`,
  cleanupLine: (at: string) => `清场：已于 ${at} 完成`,

  // Refusals
  missing: (number: string) => `找不到工单 ${number}，请核对编号。`,
  notAMeeting: (number: string) => `${number} 不是会务安排工单。`,
  teamOnly: "抱歉，只有会务组或办公室负责人可以使用这个命令。",
  cannotClose: (number: string) => `${number} 当前状态不能办结，请先查询工单状态。`,
};

export type MeetingTexts = typeof zh;
