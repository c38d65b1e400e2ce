import type { ArchiveTexts } from "./zh.js";

export const en: ArchiveTexts = {
  category: { admin: "administration", teaching: "teaching", finance: "finance" },
  retention: (years) => (years === null ? "permanently" : `${years} years`),
  status: {
    archived: "kept",
    destruction_requested: "destruction awaiting approval",
    destroyed: "destroyed",
  },

  ask: {
    category: "Which category? Reply administration, teaching or finance.",
    retentionYears: "How long is it kept? E.g. 10 years, or “permanent”.",
    location: "Where is the paper copy kept? E.g. archive room, cabinet A, shelf 3.",
    backupLocation:
      "Archives are kept twice: where is the second (backup) copy? E.g. the school's digital archive.",
  },
  bad: {
    category: "The category must be administration, teaching or finance.",
    retentionYears: "Give the retention period in years (e.g. 10 years) or “permanent”.",
    location: "Please give where it is kept.",
    backupLocation: "Please give where the backup is kept.",
  },
  archiveUsage: (number) =>
    `Usage: archive ${number} category admin retention 10 years location cabinet A backup digital archive (I ask for anything missing).`,
  archived: (number, category, retention, until, location, backup) =>
    `Archived ${number}: ${category}, kept ${retention}${until ? ` (until ${until})` : ""}; copy at ${location}; backup at ${backup}.`,
  alreadyArchived: (number, status) => `${number} is already in the archive (${status}).`,
  cancelled: "Archiving cancelled; nothing was changed.",

  listTitle: (shown, total) =>
    total === 0 ? "The archive is empty." : `Archive (${total} in all, newest ${shown}):`,
  listLine: (number, title, category, retention, until, status) =>
    `· ${number} ${title}  ${category}  kept ${retention}${until ? ` until ${until}` : ""}  ${status}`,
  whereLine: (location, backup) => `  copy: ${location}; backup: ${backup}`,
  deskOnly: "Sorry, only the documents desk and the office head can manage and see the archive.",

  reviewTitle: (quarter, count) =>
    count === 0
      ? `[Quarterly archive review] ${quarter}: no file is past its retention period.`
      : `[Quarterly archive review] ${quarter}: ${count} file(s) are past their retention period and may be destroyed (only with your approval):`,
  reviewLine: (number, title, category, until, location) =>
    `· ${number} ${title} (${category}, expired ${until}, kept at ${location})`,
  reviewHint: "To ask for destruction, reply “destroy <no>”.",
  notExpired: (number, until) => `${number} is kept until ${until}; it cannot be destroyed before then.`,
  permanent: (number) => `${number} is kept permanently and cannot be destroyed.`,
  notArchived: (number) => `${number} has not been archived.`,
  alreadyRequested: (number) => `Destruction of ${number} is already waiting for the office head's approval.`,
  alreadyDestroyed: (number, at) => `${number} was destroyed at ${at}.`,
  requestSent: (number) =>
    `Destruction of ${number} is requested; nothing is destroyed until the office head agrees.`,
  approvalRequest: (number, title, who, until, location, backup) =>
    `[Archive destruction request] ${number} ${title}: its retention ended on ${until}; copy at ${location}; backup at ${backup}. Requested by ${who}. Please approve or refuse.`,
  approveButton: "Approve destruction",
  refuseButton: "Refuse",
  headOnly: "Sorry, only the office head can approve or refuse destroying archived files.",
  noRequest: (number) => `${number} has no destruction request waiting.`,
  destroyed: (number) =>
    `Destruction of ${number} approved; who and when are recorded and the requester is told.`,
  destroyedNotice: (number, who, at) =>
    `Destruction of archived file ${number} was approved by ${who} at ${at}; please destroy the paper copy and the backup as required.`,
  refused: (number) =>
    `Destruction of ${number} refused; the file stays in the archive and the requester is told.`,
  refusedNotice: (number, who, reason) =>
    `${who} did not approve destroying archived file ${number}; it stays in the archive.${reason ? ` Reason: ${reason}` : ""}`,
  missing: (number) => `I cannot find ticket ${number}; please check the number.`,
};
