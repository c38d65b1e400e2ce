import type { LeadTexts } from "./zh.js";

export const en: LeadTexts = {
  assigned: (number: string, lead: string) =>
    `${lead} now leads ${number}; they get the ticket and progress reminders.`,
  toLead: (number: string, title: string, summary: string, by: string, details: string) =>
    `[Lead] ${by} asks you to lead ${number}\n${title}: ${summary}\n${details}\nReport progress with: progress ${number} what happened (the requester is told)`,
  toRequester: (number: string, lead: string) =>
    `Your ticket ${number} is led by ${lead}; you will get their progress updates.`,
  progressToRequester: (number: string, lead: string, text: string) =>
    `Ticket ${number}, progress (${lead}): ${text}`,
  progressSaved: (number: string) => `Progress recorded and passed to the requester of ${number}.`,
  reminder: (number: string, summary: string, since: string) =>
    `⏰ Please update the progress of the ticket you lead: ${number} (${summary}); last update: ${since}.\nReply: progress ${number} what happened`,
  neverUpdated: "none yet",
  leadUsage: (number: string) => `Please name the lead, e.g. "lead ${number} 孙主任".`,
  progressUsage: (number: string) =>
    `Please write the progress, e.g. "progress ${number} dates agreed with Academic Affairs".`,
  unknownPerson: (name: string) => `There is no "${name}" in the directory; please use a name from it.`,
  notAllowed: "Only the handling post or the office head can name a lead.",
  notLead: (number: string) => `You do not lead ${number}.`,
  closed: (number: string) => `${number} is already resolved or closed.`,
  detailLead: (lead: string) => `Lead: ${lead}`,
  detailProgress: (text: string, at: string) => `Latest progress: ${text} (${at})`,
  leadName: (name: string, department: string | undefined) => (department ? `${name} (${department})` : name),
};
