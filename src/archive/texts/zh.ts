// Every archive sentence in Simplified Chinese. en.ts mirrors this object key by key.
export const zh = {
  category: { admin: "行政", teaching: "教学", finance: "财务" } as Record<string, string>,
  retention: (years: number | null) => (years === null ? "永久" : `${years}年`),
  status: { archived: "在档", destruction_requested: "待批准销毁", destroyed: "已销毁" } as Record<
    string,
    string
  >,

  // Archiving
  ask: {
    category: "请问归入哪一类？回复：行政、教学或财务。",
    retentionYears: "请问保管期限多久？例如：10年，或“永久”。",
    location: "请问纸质件存放在哪里？例如：档案室A柜3层。",
    backupLocation: "档案须双备份：请问备份（第二份）存放在哪里？例如：校档案馆电子库。",
  },
  bad: {
    category: "类别只能是行政、教学或财务。",
    retentionYears: "保管期限请写年数（如 10年）或“永久”。",
    location: "请写明存放位置。",
    backupLocation: "请写明备份位置。",
  },
  archiveUsage: (number: string) =>
    `用法：归档 ${number} 类别 行政 保管期限 10年 位置 档案室A柜3层 备份 校档案馆电子库（缺的项我会逐一询问）。`,
  archived: (
    number: string,
    category: string,
    retention: string,
    until: string,
    location: string,
    backup: string,
  ) =>
    `已归档 ${number}：${category}类，保管${retention}${until ? `（至 ${until}）` : ""}；存放：${location}；备份：${backup}。`,
  alreadyArchived: (number: string, status: string) => `${number} 已在档案中（${status}）。`,
  cancelled: "好的，已取消归档，没有做任何更改。",

  // List
  listTitle: (shown: number, total: number) =>
    total === 0 ? "档案中暂无文件。" : `档案（共 ${total} 份，显示最新 ${shown} 份）：`,
  listLine: (
    number: string,
    title: string,
    category: string,
    retention: string,
    until: string,
    status: string,
  ) => `· ${number} ${title}  ${category}  保管${retention}${until ? `至${until}` : ""}  ${status}`,
  whereLine: (location: string, backup: string) => `  存放：${location}；备份：${backup}`,
  deskOnly: "抱歉，档案只有文印岗和办公室负责人可以管理和查看。",

  // Review and destruction
  reviewTitle: (quarter: string, count: number) =>
    count === 0
      ? `【档案季度清查】${quarter}：没有超过保管期限的档案。`
      : `【档案季度清查】${quarter}：以下 ${count} 份档案已超过保管期限，可申请销毁（销毁须经您同意）：`,
  reviewLine: (number: string, title: string, category: string, until: string, location: string) =>
    `· ${number} ${title}（${category}，${until} 到期，存放：${location}）`,
  reviewHint: "销毁申请：回复“销毁 工单号”。",
  notExpired: (number: string, until: string) => `${number} 的保管期限到 ${until}，未到期不能销毁。`,
  permanent: (number: string) => `${number} 为永久保管，不能销毁。`,
  notArchived: (number: string) => `${number} 没有归档记录。`,
  alreadyRequested: (number: string) => `${number} 的销毁申请已提交，正等待办公室负责人批准。`,
  alreadyDestroyed: (number: string, at: string) => `${number} 已于 ${at} 销毁。`,
  requestSent: (number: string) => `已提交 ${number} 的销毁申请，办公室负责人同意后才会销毁。`,
  approvalRequest: (
    number: string,
    title: string,
    who: string,
    until: string,
    location: string,
    backup: string,
  ) =>
    `【档案销毁申请】${number} ${title}，保管期限已于 ${until} 届满；存放：${location}；备份：${backup}。申请人：${who}。请批准或拒绝。`,
  approveButton: "同意销毁",
  refuseButton: "不同意",
  headOnly: "抱歉，只有办公室负责人可以批准或拒绝档案销毁。",
  noRequest: (number: string) => `${number} 没有待批准的销毁申请。`,
  destroyed: (number: string) => `已同意销毁 ${number}，已记录批准人和时间，并通知了申请人。`,
  destroyedNotice: (number: string, who: string, at: string) =>
    `档案 ${number} 的销毁申请已由 ${who} 于 ${at} 批准，请按规定销毁纸质件和备份。`,
  refused: (number: string) => `已拒绝销毁 ${number}，档案继续保管，并通知了申请人。`,
  refusedNotice: (number: string, who: string, reason: string) =>
    `档案 ${number} 的销毁申请未获 ${who} 批准，继续保管。${reason ? `原因：${reason}` : ""}`,
  missing: (number: string) => `找不到工单 ${number}，请核对编号。`,
};

export type ArchiveTexts = typeof zh;
