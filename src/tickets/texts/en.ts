import type { TicketTexts } from "./zh.js";

export const en: TicketTexts = {
  alreadyReported: (r) =>
    `"${r.summary}" was already reported at ${r.time} (${r.number}); it is ${r.status.toLowerCase()}. Follow that ticket? You will get its updates too.`,
  follow: "Follow that ticket",
  notSame: "Not the same problem",
  followed: (number) =>
    `You now follow ${number} and will hear when its status changes. No new ticket was made.`,
  newOneThen: "All right, this is reported as a new problem.",
  alsoReported: (n) => `${n} more ${n === 1 ? "person" : "people"} reported it`,
  someoneFollowed: (who, number, summary, n) =>
    `[Same problem] ${who} also reported ${number} (${summary}); ${n} more ${n === 1 ? "person" : "people"} reported it now.`,
  followerUpdate: (number, status, note) =>
    `Ticket ${number}, which you follow, is now ${status.toLowerCase()}${note ? ` (${note})` : ""}.`,
  mergeUsage:
    "Usage: merge <ticket to keep> <ticket to merge into it>, e.g. merge 综合办-20261127-001 综合办-20261127-004.",
  mergeSame: "That is the same ticket twice; nothing to merge.",
  mergeNotOpen: (number, status) =>
    `Not merged: ${number} is ${status.toLowerCase()}; only open tickets can be merged.`,
  mergeNotAllowed: "Not merged: only the handling post's staff or the office head can merge tickets.",
  merged: (kept, gone, n) =>
    `Merged: ${gone} is closed into ${kept}; its requester and followers now follow ${kept}${n > 0 ? ` (${n} more reported it)` : ""}.`,
  mergedNote: (kept) => `same problem as ${kept}; merged`,
  mergedInto: (gone, kept) =>
    `Your ticket ${gone} is the same problem as ${kept} and has been merged into it; you will hear about ${kept} from now on.`,
};
