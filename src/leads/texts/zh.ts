// Every sentence of cross-department leads (G14) in Simplified Chinese. en.ts mirrors this object key by key.
export const zh = {
  assigned: (number: string, lead: string) => `已指定 ${lead} 牵头办理 ${number}，对方会收到工单和进展提醒。`,
  toLead: (number: string, title: string, summary: string, by: string, details: string) =>
    `【牵头办理】${by}请您牵头办理 ${number}\n${title}：${summary}\n${details}\n有进展请回复：进展 ${number} 进展情况（会转告申请人）`,
  toRequester: (number: string, lead: string) => `您的工单 ${number} 由 ${lead} 牵头办理，进展会转告您。`,
  progressToRequester: (number: string, lead: string, text: string) =>
    `工单 ${number} 进展（${lead}）：${text}`,
  progressSaved: (number: string) => `进展已记录，并已转告 ${number} 的申请人。`,
  reminder: (number: string, summary: string, since: string) =>
    `⏰ 请更新您牵头的工单进展：${number}（${summary}），上次进展：${since}。\n回复：进展 ${number} 进展情况`,
  neverUpdated: "尚无",
  leadUsage: (number: string) => `请写明牵头人姓名，例如“牵头 ${number} 孙主任”。`,
  progressUsage: (number: string) => `请写明进展，例如“进展 ${number} 已与教务处确认时间”。`,
  unknownPerson: (name: string) => `通讯录里没有“${name}”，请写通讯录中的姓名。`,
  notAllowed: "只有承办岗位或办公室负责人可以指定牵头人。",
  notLead: (number: string) => `您不是 ${number} 的牵头人。`,
  closed: (number: string) => `${number} 已经办结或关闭。`,
  detailLead: (lead: string) => `牵头：${lead}`,
  detailProgress: (text: string, at: string) => `最新进展：${text}（${at}）`,
  leadName: (name: string, department: string | undefined) => (department ? `${department} ${name}` : name),
};

export type LeadTexts = typeof zh;
