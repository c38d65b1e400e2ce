import type { SuppliesTexts } from "./zh.js";

export const en: SuppliesTexts = {
  category: { office: "Office supplies", teaching: "Teaching consumables" },
  list: (items) => items.join(", "),
  amount: (quantity, unit) => `${quantity} ${unit}`,
  itemAmount: (name, quantity, unit) => `${name} ${quantity} ${unit}`,

  stockTitle: 'Supplies stock (items marked "⚠ LOW" are below their minimum):',
  stockLine: (name, stock, min, low) => `${name} ${stock} (minimum ${min})${low ? " ⚠ LOW" : ""}`,
  emptyCatalogue: "The supplies catalogue is empty: list the items under supplies in the directory file.",

  notDesk: (post) => `Only the ${post} and the office head may receive, count or issue supplies.`,
  receiveUsage: "Please give the item and the quantity, e.g. receive A4纸 20包",
  countUsage: "Please give the item and the counted quantity, e.g. count A4纸 18包",
  unknownItem: (name, known) => `"${name}" is not in the supplies catalogue. It has: ${known}.`,
  noQuantity: (name, unit) => `Please give a quantity for ${name}, e.g. ${name} 20${unit}`,
  notPositive: (name, unit) =>
    `The quantity of ${name} must be a whole number above 0, e.g. ${name} 20${unit}`,
  wrongUnit: (name, unit, given) =>
    `${name} is counted in "${unit}", not "${given}"; please give the number of ${unit}, e.g. ${name} 20${unit}`,
  received: (item, stock) => `Received ${item}; now ${stock} in stock.`,

  unknownTicket: (number) => `${number} was not found; please check the number.`,
  notSupplies: (number) => `${number} is not a supplies request.`,
  issueUsage: "Please give the request number, e.g. issue 综合办-20261207-001",
  alreadyDone: (number, state) => `${number} ${state}; nothing more to do.`,
  state: {
    awaiting_approval: "is waiting for the teaching department's approval",
    ready: "is ready to issue",
    issued: "has been issued",
    declined: "has been declined",
  },
  awaitingApproval: (number, approver) =>
    `${number} is still waiting for the teaching department (${approver}); it can be issued once approved.`,
  insufficient: (number, lines) =>
    `Not enough stock to issue ${number}: ${lines}. Receive stock first, or send "decline ${number} reason".`,
  shortLine: (name, wanted, stock) => `${name} needs ${wanted}, ${stock} in stock`,
  issued: (number, day) =>
    `Issued ${number}; stock reduced. The requester is told to collect at the desk on ${day}, 09:00–11:00.`,
  pickupNote: (items, day) =>
    `Your items are ready: ${items}. Please collect them at the service desk on ${day}, 09:00–11:00.`,
  declineNeedsReason: (number) => `Please give a reason, e.g. decline ${number} out of stock until next week`,
  declined: (number) => `Declined ${number}; the requester has been told why.`,

  issueButton: "Issue",
  declineButton: "Decline",
  deskHint: (number) => `Issue: issue ${number} / decline: decline ${number} reason`,
  deskHintTeaching: (number) =>
    `Teaching consumables need the teaching department's approval first; you will be told when you may issue them (issue ${number}).`,

  approveButton: "Approve",
  denyButton: "Do not approve",
  approvalRequest: (number, requester, items) =>
    `[Teaching consumables approval] ${requester} asks for ${items} (${number}). Please decide: endorse ${number} / deny ${number} reason`,
  approvalReminder: (number, requester, items, since) =>
    `[Approval reminder] ${requester}'s request for ${items} (${number}) has waited for your approval since ${since}, over 1 working day.`,
  notApprover: (approver) =>
    `Only the teaching department's approver (${approver}) may approve teaching consumables.`,
  noApprover:
    "The directory names no approver for teaching consumables (supplies_approver); please contact the office.",
  notAwaiting: (number, state) => `${number} ${state}; no approval is needed.`,
  denyNeedsReason: (number) => `Please give a reason, e.g. deny ${number} this term's budget is used up`,
  approvedDone: (number) => `Approved ${number}; the desk and the requester have been told.`,
  deniedDone: (number) => `Did not approve ${number}; the requester has been told why.`,
  approvedForRequester: (number, approver) =>
    `Your teaching consumables request ${number} was approved by ${approver}; you will be told when to collect it once the desk issues it.`,
  approvedForDesk: (number, approver, items) =>
    `[Ready to issue] ${number} (${items}) was approved by ${approver}. To issue: issue ${number}`,
  deniedNote: (approver, reason) => `Not approved by ${approver} of the teaching department: ${reason}`,

  receiptOffice: (post) =>
    `You will be told once the ${post} issues them; then collect them at the service desk between 09:00 and 11:00 on a working day.`,
  receiptTeaching: (approver) =>
    `Teaching consumables need the approval of ${approver} (teaching department; already asked) before the desk issues them.`,
  unknownInRequest: (names, known) =>
    `Sorry, the supplies catalogue has no ${names}. Available: ${known}. Please change the list of items.`,
  shortInRequest: (lines) =>
    `Sorry, not enough in stock: ${lines}. Please ask for fewer, or ask again later.`,
  badLineInRequest: (problem) => `${problem} Please change the list of items.`,

  lowStock: (item, stock, min) =>
    `[Low stock] ${item}: ${stock} left, below the minimum of ${min}. After restocking send "receive ${item} quantity".`,

  stocktakeAsk: (month, lines) =>
    `[Stocktake ${month}] Please count the stock and enter the counts: "count A4纸 18包" per item, or "count" to go through the list. Book stock now:\n${lines}`,
  bookLine: (name, stock) => `${name} book ${stock}`,
  counted: (name, book, counted, diff, flagged) =>
    `Counted ${name}: book ${book}, counted ${counted}${diff}. ${flagged ? "The difference is over 3 %; the office head has been told." : "The difference is within 3 %."} Stock set to ${counted}.`,
  diff: (percent) => (percent === undefined ? "" : `, ${percent} % difference`),
  flaggedToHead: (name, book, counted, diff, who, when) =>
    `[Stocktake difference] ${name}: book ${book}, counted ${counted}${diff}, over 3 %. Counted by ${who}, ${when}.`,
  stocktakeStart: (lines) =>
    `Stocktake started. Write each counted quantity (several lines at once are fine, e.g. "A4纸 18包"); send "done" to stop. To count:\n${lines}`,
  stocktakeLeft: (lines) => `Still to count:\n${lines}`,
  stocktakeDone: "Every item has been counted.",
  stocktakeStopped: (left) =>
    `Stocktake ended${left > 0 ? `; ${left} items not counted, enter them any time with "count item quantity"` : ""}.`,
  endWords: ["done", "stop", "end"],

  purchaseTitle: (from, to) =>
    `Quarterly purchase list (usage = issued ${from}–${to}; suggested = minimum + expected quarterly usage − current stock, at least 0):`,
  purchaseLine: (name, stock, min, usage, buy) =>
    `${name}: ${stock} in stock, minimum ${min}, quarterly usage ${usage} → buy ${buy}`,
  nothingToBuy: "With the current stock and usage nothing needs buying this quarter.",
  purchaseIntro: "[Quarterly purchase] ",
};
