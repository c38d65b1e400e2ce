// Every document-register sentence in Simplified Chinese. en.ts mirrors this object key by key.
export const zh = {
  direction: { receive: "收文", send: "发文" } as Record<string, string>,
  classification: { public: "公开", internal: "内部", secret: "秘密", confidential: "机密" } as Record<
    string,
    string
  >,

  // Registering
  unknownRecipient: (name: string) => `抱歉，通讯录里找不到“${name}”。请写签收人在通讯录中的姓名。`,
  registered: (kind: string, number: string) => `已登记${kind}，登记号即工单号 ${number}。`,
  signatureAsked: (name: string) => `已请 ${name} 在聊天中确认签收，签收后会通知您。`,

  // Signature
  signRequest: (number: string, title: string, unit: string, pages: number, from: string) =>
    `【发文签收】${number}：《${title}》（${unit}，${pages}页），经办人：${from}。收到后请点“签收”或回复“签收 ${number}”。`,
  signButton: "签收",
  signed: (number: string, at: string) => `已签收 ${number}（${at}），台账已记录。`,
  signedNotice: (number: string, title: string, who: string, at: string) =>
    `发文 ${number}《${title}》已由 ${who} 于 ${at} 签收。`,
  alreadySigned: (number: string, who: string, at: string) => `${number} 已由 ${who} 于 ${at} 签收。`,
  notRecipient: (number: string, who: string) => `抱歉，${number} 应由 ${who} 签收。`,
  notOutgoing: (number: string) => `${number} 不是需要签收的发文登记。`,
  missing: (number: string) => `找不到工单 ${number}，请核对编号。`,

  // Register lists
  registerTitle: (kind: string, shown: number, total: number) =>
    total === 0 ? `${kind}登记簿暂无记录。` : `${kind}登记簿（共 ${total} 条，显示最新 ${shown} 条）：`,
  registerLine: (
    number: string,
    day: string,
    title: string,
    ref: string,
    unit: string,
    level: string,
    pages: number,
  ) => `· ${number}  ${day}  《${title}》${ref ? ` ${ref}` : ""}  ${unit}  ${level}  ${pages}页`,
  signedLine: (who: string, at: string) => `  签收：${who} ${at}`,
  unsignedLine: (who: string) => `  待 ${who} 签收`,
  registerDeskOnly: "抱歉，登记簿只有文印岗和办公室负责人可以查看。",
};

export type DocumentTexts = typeof zh;
