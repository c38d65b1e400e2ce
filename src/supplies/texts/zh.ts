// The supplies desk's sentences in Simplified Chinese. en.ts mirrors this object key by key.
export const zh = {
  category: { office: "办公用品", teaching: "教学耗材" } as Record<"office" | "teaching", string>,
  list: (items: readonly string[]) => items.join("、"),
  amount: (quantity: number, unit: string) => `${quantity}${unit}`,
  itemAmount: (name: string, quantity: number, unit: string) => `${name} ${quantity}${unit}`,

  stockTitle: "物资库存（标“⚠ 偏低”的低于最低库存）：",
  stockLine: (name: string, stock: string, min: string, low: boolean) =>
    `${name} ${stock}（最低 ${min}）${low ? " ⚠ 偏低" : ""}`,
  emptyCatalogue: "物资目录是空的：请在目录文件的 supplies 下列出物品。",

  notDesk: (post: string) => `只有${post}和办公室负责人可以入库、盘点和发放物资。`,
  receiveUsage: "请写明物品和数量，例如：入库 A4纸 20包",
  countUsage: "请写明物品和实盘数量，例如：盘点 A4纸 18包",
  unknownItem: (name: string, known: string) => `物资目录里没有“${name}”。目录中有：${known}。`,
  noQuantity: (name: string, unit: string) => `请写上${name}的数量，例如：${name} 20${unit}`,
  notPositive: (name: string, unit: string) => `${name}的数量要是大于 0 的整数，例如：${name} 20${unit}`,
  wrongUnit: (name: string, unit: string, given: string) =>
    `${name}按“${unit}”计，不是按“${given}”，请写${unit}数，例如：${name} 20${unit}`,
  received: (item: string, stock: string) => `已入库 ${item}，现有 ${stock}。`,

  unknownTicket: (number: string) => `没有找到 ${number}，请核对编号。`,
  notSupplies: (number: string) => `${number} 不是物资领用单。`,
  issueUsage: "请写明领用单号，例如：发放 综合办-20261207-001",
  alreadyDone: (number: string, state: string) => `${number} ${state}，无需再处理。`,
  state: {
    awaiting_approval: "正等待教学部门审批",
    ready: "待发放",
    issued: "已发放",
    declined: "已不予发放",
  } as Record<"awaiting_approval" | "ready" | "issued" | "declined", string>,
  awaitingApproval: (number: string, approver: string) =>
    `${number} 还在等教学部门（${approver}）审批，审批通过后才能发放。`,
  insufficient: (number: string, lines: string) =>
    `库存不足，不能发放 ${number}：${lines}。可先入库后再发放，或发“不予发放 ${number} 原因”。`,
  shortLine: (name: string, wanted: string, stock: string) => `${name} 需 ${wanted}，现有 ${stock}`,
  issued: (number: string, day: string) =>
    `已发放 ${number}，库存已扣减。已通知申请人于 ${day} 09:00–11:00 到服务台领取。`,
  pickupNote: (items: string, day: string) => `物品已备好：${items}。请于 ${day} 09:00–11:00 到服务台领取。`,
  declineNeedsReason: (number: string) => `请写明原因，例如：不予发放 ${number} 库存暂缺，下周补货`,
  declined: (number: string) => `已不予发放 ${number}，已告知申请人原因。`,

  issueButton: "发放",
  declineButton: "不予发放",
  deskHint: (number: string) => `发放：发放 ${number} ／ 不予发放：不予发放 ${number} 原因`,
  deskHintTeaching: (number: string) =>
    `教学耗材须先经教学部门审批，审批通过后会再通知您发放（发放 ${number}）。`,

  approveButton: "同意领用",
  denyButton: "不同意领用",
  approvalRequest: (number: string, requester: string, items: string) =>
    `【教学耗材审批】${requester}申领 ${items}（${number}）。请审批：同意领用 ${number} ／ 不同意领用 ${number} 原因`,
  approvalReminder: (number: string, requester: string, items: string, since: string) =>
    `【审批提醒】${requester}申领 ${items}（${number}）自 ${since} 起等待您审批，已超过 1 个工作日。`,
  notApprover: (approver: string) => `只有教学部门审批人（${approver}）可以审批教学耗材领用。`,
  noApprover: "目录文件没有指定教学耗材审批人（supplies_approver），请联系办公室。",
  notAwaiting: (number: string, state: string) => `${number} ${state}，不需要审批。`,
  denyNeedsReason: (number: string) => `请写明原因，例如：不同意领用 ${number} 本学期额度已用完`,
  approvedDone: (number: string) => `已同意 ${number}，已通知服务台发放和申请人。`,
  deniedDone: (number: string) => `已不同意 ${number}，已告知申请人原因。`,
  approvedForRequester: (number: string, approver: string) =>
    `您的教学耗材申领 ${number} 已经${approver}审批通过，服务台发放后会通知您领取时间。`,
  approvedForDesk: (number: string, approver: string, items: string) =>
    `【可发放】${number}（${items}）已经${approver}审批通过。发放：发放 ${number}`,
  deniedNote: (approver: string, reason: string) => `教学部门${approver}未同意：${reason}`,

  receiptOffice: (post: string) => `${post}批准发放后会通知您，届时请于工作日 09:00–11:00 到服务台领取。`,
  receiptTeaching: (approver: string) => `教学耗材须先经教学部门${approver}审批（已通知），再由服务台发放。`,
  unknownInRequest: (names: string, known: string) =>
    `抱歉，物资目录里没有：${names}。可以领用的有：${known}。请改一下物品清单。`,
  shortInRequest: (lines: string) => `抱歉，库存不够：${lines}。请减少数量，或稍后再申领。`,
  badLineInRequest: (problem: string) => `${problem}请改一下物品清单。`,

  lowStock: (item: string, stock: string, min: string) =>
    `【库存偏低】${item} 现有 ${stock}，低于最低库存 ${min}。补货后请发“入库 ${item} 数量”。`,

  stocktakeAsk: (month: string, lines: string) =>
    `【${month}月度盘点】请清点库存并录入实数：逐项发“盘点 A4纸 18包”，或发“盘点”按清单逐项录入。当前账面：\n${lines}`,
  bookLine: (name: string, stock: string) => `${name} 账面 ${stock}`,
  counted: (name: string, book: string, counted: string, diff: string, flagged: boolean) =>
    `已盘点 ${name}：账面 ${book}，实盘 ${counted}${diff}。${flagged ? "差异超过 3%，已报告办公室负责人。" : "差异在 3% 以内。"}库存已改为 ${counted}。`,
  diff: (percent: number | undefined) => (percent === undefined ? "" : `，差 ${percent}%`),
  flaggedToHead: (name: string, book: string, counted: string, diff: string, who: string, when: string) =>
    `【盘点差异】${name} 账面 ${book}，实盘 ${counted}${diff}，超过 3%。盘点人：${who}，${when}。`,
  stocktakeStart: (lines: string) =>
    `开始盘点。请逐项写实盘数量（可一次写多行，如“A4纸 18包”），发“结束”停止。待盘点：\n${lines}`,
  stocktakeLeft: (lines: string) => `还待盘点：\n${lines}`,
  stocktakeDone: "本次盘点已全部录入。",
  stocktakeStopped: (left: number) =>
    `盘点已结束${left > 0 ? `，还有 ${left} 项未盘点，可随时“盘点 物品 数量”补录` : ""}。`,
  endWords: ["结束", "完成", "停止"],

  purchaseTitle: (from: string, to: string) =>
    `季度采购清单（用量按 ${from}–${to} 的发放计；建议量 = 最低库存 + 预计季度用量 − 现有库存，不小于 0）：`,
  purchaseLine: (name: string, stock: string, min: string, usage: string, buy: string) =>
    `${name}：现有 ${stock}，最低 ${min}，季度用量 ${usage} → 建议采购 ${buy}`,
  nothingToBuy: "按当前库存和用量，本季度无需采购。",
  purchaseIntro: "【季度采购】",
};

export type SuppliesTexts = typeof zh;
