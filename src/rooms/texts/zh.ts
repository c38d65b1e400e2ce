// Every booking sentence in Simplified Chinese. en.ts mirrors this object key by key.
export const zh = {
  status: {
    pending: "待审批",
    approved: "已批准",
    checked_in: "已签到",
    cancelled: "已取消",
    rejected: "已驳回",
    released: "已释放（未签到）",
  } as Record<string, string>,
  needsDisplacement: "待审批（需调整他人预约）",
  /** Between two sentences: nothing in Chinese, a space in English. */
  sentenceGap: "",
  list: (items: readonly string[]) => items.join("、"),
  people: (n: number) => `${n}人`,

  // Creating a booking
  held: "审批前该时段为您暂时保留。",
  displacementHeld: (others: string) =>
    `该时段已有非教学活动预约（${others}）。教学活动优先：已提交办公室审批，批准后将调整原预约并通知对方。`,
  seriesCreated: (count: number, dates: string) => `共预约 ${count} 次：${dates}。`,
  seriesSkipped: (dates: string) => `以下日期放假，已自动跳过：${dates}。`,
  seriesConflictSkipped: (dates: string) => `以下有冲突的日期未预约：${dates}。`,
  checkInHint: (minutes: number, number: string) =>
    `使用当天请在开始后 ${minutes} 分钟内签到（回复“签到 ${number}”），否则场地将自动释放。`,
  taken: (room: string, when: string) => `抱歉，${room}在 ${when} 已被预约。`,
  pickAlternative: "可以选择以下空闲的安排，或回复新的时间：",
  noAlternative: "附近时间没有空闲场地，请回复其他时间。",
  seriesConflicts: (lines: readonly string[], free: number, total: number) =>
    [
      "以下日期有冲突：",
      ...lines,
      `共 ${total} 次中 ${free} 次可以安排。回复“确认”跳过冲突日期、预约其余 ${free} 次；回复“修改 使用时间”换时间；回复“取消”放弃。`,
    ].join("\n"),
  seriesConflictLine: (date: string, holder: string) => `· ${date}：已被预约（${holder}）`,
  seriesAllTaken: (lines: readonly string[]) => ["所有日期都有冲突：", ...lines, "请换一个时间。"].join("\n"),
  skipConflicts: "确认（跳过冲突日期）",
  changeTime: "修改时间",
  changeTimeCommand: "修改 使用时间",
  cancelWord: "取消",

  // Limits
  limitDaysAhead: (max: number, latest: string) =>
    `抱歉，场地最多可以提前 ${max} 天预约（目前最晚可约到 ${latest}）。请换一个较近的日期，或到时再来预约。`,
  limitTooLong: (max: number, hours: number) =>
    `抱歉，单次预约最长 ${max} 小时，您申请的是 ${hours} 小时。请缩短时间，或分成几次预约。`,
  limitTooMany: (max: number, open: number) =>
    `抱歉，每人同时最多保留 ${max} 个未结束的预约，您目前已有 ${open} 个。可回复“我的预约”查看并取消不再需要的，或回复“取消”放弃本次申请。`,

  // Decisions
  approvedNote: (room: string, when: string, count: number) =>
    `场地预约已批准：${room} ${when}${count > 1 ? `（共 ${count} 次）` : ""}。`,
  approveDone: (number: string, count: number, displaced: number) =>
    `已批准 ${number}（${count} 个时段）。${displaced > 0 ? `已调整 ${displaced} 个非教学预约，并已通知对方及候选安排。` : ""}申请人已收到通知。`,
  rejectDone: (number: string) => `已驳回 ${number}，申请人已收到原因。`,
  rejectedNotice: (number: string, room: string, when: string, reason: string) =>
    `您的场地预约 ${number}（${room} ${when}）未获批准。原因：${reason}`,
  approvedNotice: (number: string, note: string) => `您的场地预约 ${number} 已批准。${note}`,
  rejectNeedsReason: (number: string) => `请写明驳回原因，例如：驳回 ${number} 该时段已安排期中考试`,
  notABooking: (number: string) => `${number} 不是场地预约工单。`,
  notAllowed: "抱歉，只有会务组或办公室负责人可以审批场地预约。",
  officeOnly: "抱歉，这个命令只有会务组或办公室负责人可以使用。",
  nothingPending: (number: string, status: string) => `${number} 没有待审批的时段（当前：${status}）。`,
  teachingInTheWay: (number: string, other: string) =>
    `无法批准 ${number}：该时段还有教学活动预约 ${other}，教学活动之间不能相互调整。请驳回或与双方协调。`,
  displacementRequest: (number: string, room: string, when: string, others: string) =>
    `⚠️ 教学活动申请 ${number}：${room} ${when}，与非教学预约冲突（${others}）。批准将取消这些预约并立即通知对方。`,
  displacedNotice: (number: string, room: string, when: string, reason: string) =>
    `很抱歉，您的场地预约 ${number}（${room} ${when}）因${reason}需要让出，已由办公室取消。`,
  displacedReason: "教学活动优先安排",
  rebookPrompt: "可以选择以下空闲安排改期（点选即可），或回复“改期 工单号 新时间”：",
  rebookNone: "附近没有空闲场地，请回复“改期 工单号 新时间”另约时间，或联系会务组。",
  approvalReminder: (number: string, summary: string, since: string) =>
    `⏰ 场地预约 ${number}（${summary}）自 ${since} 起待审批，已超过一个工作日，请尽快批准或驳回。`,
  decisionHint: (number: string) => `批准：批准 ${number}\n驳回：驳回 ${number} 原因`,
  approveButton: "批准",
  rejectButton: "驳回",

  // Emergencies
  emergencyUsage: "用法：紧急调配 场地 时间 原因，例如“紧急调配 报告厅 明天9:00-12:00 消防演练”。",
  emergencyPurpose: (reason: string) => `紧急调配：${reason}`,
  emergencyMoved: (number: string, from: string, to: string, when: string, reason: string) =>
    `因紧急情况（${reason}），您的场地预约 ${number} 已从${from}调整到${to}，时间不变：${when}。给您带来不便，敬请谅解。`,
  emergencyCancelled: (number: string, room: string, when: string, reason: string) =>
    `因紧急情况（${reason}），您的场地预约 ${number}（${room} ${when}）已取消，且同一时间没有合适的其他场地。`,
  emergencyDone: (room: string, when: string, moved: number, cancelled: number) =>
    `已紧急调配 ${room} ${when}：${moved} 个预约改到其他场地，${cancelled} 个预约取消，受影响的人都已通知。`,
  emergencyNothing: (room: string, when: string) => `已占用 ${room} ${when}，该时段原本没有其他预约。`,

  // Equipment (G3/G6)
  equipmentQuestion: (number: string, room: string, when: string, items: string) =>
    `您预约的 ${room}（${when}）需要：${items}。请确认设备需求，以便会务组提前准备：回复“确认设备 ${number}”；如需调整，请回复“确认设备 ${number} 调整内容”。`,
  equipmentButton: "确认设备",
  equipmentConfirmed: (number: string) => `已确认 ${number} 的设备需求，会务组会提前准备好。`,
  equipmentNotice: (who: string, number: string, room: string, when: string, items: string, note: string) =>
    `${who} 已确认 ${number}（${room} ${when}）的设备：${items}。${note ? `补充：${note}` : ""}`,
  noEquipment: (number: string) => `${number} 没有需要确认设备的预约。`,

  // Check-in
  checkInReminder: (number: string, room: string, when: string, minutes: number) =>
    `您预约的 ${room}（${when}）现在开始。请在 ${minutes} 分钟内签到：回复“签到 ${number}”，否则场地将自动释放。`,
  checkInButton: "签到",
  checkedIn: (room: string, when: string) => `签到成功：${room} ${when}。祝使用顺利！`,
  alreadyCheckedIn: (number: string) => `${number} 已经签到过了。`,
  checkInTooEarly: (number: string, opens: string) => `${number} 还没到签到时间，${opens} 起可以签到。`,
  nothingToCheckIn: (number: string) => `${number} 现在没有可以签到的预约（可能已结束、已取消或已释放）。`,
  released: (number: string, room: string, when: string, minutes: number) =>
    `您预约的 ${room}（${when}，${number}）开始后 ${minutes} 分钟内未签到，场地已自动释放。如仍需使用，请重新预约。`,

  // Waitlist
  waitlistAdded: (room: string, when: string) => `已为您候补 ${room} ${when}，场地空出时会第一时间通知您。`,
  waitlistFreeNow: (room: string, when: string) => `${room} ${when} 目前空闲，可以直接预约：`,
  waitlistNotice: (room: string, when: string) => `您候补的 ${room} ${when} 现在空出来了，先到先得：`,
  waitlistUsage: "用法：候补 场地 时间，例如“候补 301 明天14:00-15:00”。",

  // My bookings, cancel, change
  myBookingsTitle: "您的场地预约：",
  noBookings: "您目前没有未结束的场地预约。需要时说“借301会议室”即可。",
  bookingLine: (number: string, room: string, when: string, status: string) =>
    `${number}｜${room}｜${when}｜${status}`,
  seriesInfo: (count: number, next: string) => `重复预约，共 ${count} 次，下次 ${next}`,
  cancelButton: (number: string) => `取消 ${number}`,
  cancelledBookings: (number: string, items: string) => `已取消 ${number}：${items}。`,
  cancelNotice: (who: string, number: string, items: string) => `${who} 已取消场地预约 ${number}：${items}。`,
  nothingToCancelHere: (number: string) =>
    `${number} 没有可以取消的预约（已开始、已结束或已取消的不能再取消）。`,
  notYours: (number: string) => `抱歉，${number} 不是您的预约。`,
  rescheduleUsage: (number: string) =>
    `请告诉我新的时间，例如“改期 ${number} 明天15:00-16:30”（也可以加场地名换场地）。`,
  rescheduleSeries: (number: string) =>
    `${number} 是重复预约，不能整体改期。可以用“取消预约 ${number} 日期”取消某一次，再单独预约新时间。`,
  rescheduleNotAllowed: (number: string) => `${number} 当前状态不能改期。`,
  rescheduled: (number: string, room: string, when: string) =>
    `已改期：${number} → ${room} ${when}，等待会务组重新审批，审批前该时段为您保留。`,
  rescheduleNotice: (who: string, number: string, room: string, when: string) =>
    `${who} 将场地预约 ${number} 改到 ${room} ${when}，请重新审批。`,

  // Free-room search
  freeRoomsNeedTime: "请告诉我时间，例如“明天下午有哪些空会议室”或“11月30日14:00-16:00 有空教室吗 30人”。",
  freeRoomsTitle: (when: string, filters: string) => `${when} 空闲的场地${filters}：`,
  freeRoomsFilter: (people: number | undefined, items: string) => {
    const parts = [people ? `${people}人以上` : "", items ? `带${items}` : ""].filter(Boolean);
    return parts.length > 0 ? `（${parts.join("，")}）` : "";
  },
  freeRoomLine: (i: number, room: string, building: string, capacity: number, items: string) =>
    `${i}. ${room}（${building}，${capacity}人${items ? `；${items}` : ""}）`,
  noFreeRooms: (when: string, example: string) =>
    `抱歉，${when} 没有符合条件的空闲场地。可以换个时间，或回复“${example}”候补，有人取消时通知您。`,
  pickRoomHint: "点选即可开始预约。",
  unknownRoom: (rooms: string) => `没有找到这个场地。可预约的有：${rooms}。`,
  needTime: "请写明时间，例如“明天14:00-15:30”。",
  startPassed: "这个开始时间已经过去了，请换一个时间。",
  finishedNote: "预约的使用时间已结束，本次申请办结。",
};

export type BookingTexts = typeof zh;
