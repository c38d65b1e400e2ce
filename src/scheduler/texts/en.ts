import type { AlertSubject, SchedulerTexts } from "./zh.js";

const about = (s: AlertSubject) => `ticket ${s.number} (${s.title}: ${s.summary})`;

export const en: SchedulerTexts = {
  reminder: (s: AlertSubject) => `⏰ Reminder: ${about(s)} — ${s.milestone} is due ${s.due}.`,
  overdue: (s: AlertSubject) =>
    `⚠️ Overdue: ${about(s)} — ${s.milestone} was due ${s.due}. Please handle it now.`,
  escalation: (s: AlertSubject, span: string, handler: string) =>
    `🔺 Escalated: ${about(s)} — ${s.milestone} was due ${s.due} and is still open ${span} later. Handled by: ${handler}.`,
  unassigned: "not accepted yet",
  alertKind: { 1: "due soon", 2: "overdue", 3: "escalated" },
  digestTitle: (n: number) => `⏰ You have ${n} ticket deadline alerts:`,
  digestLine: (kind: string, s: AlertSubject) =>
    `• [${kind}] ${s.number} | ${s.title} | ${s.summary} | ${s.milestone} ${s.due}`,
  digestFooter: 'Reply "queue" for the full queue or "status <number>" for details.',
  dailyTitle: (name: string, posts: string, open: number, overdue: number) =>
    `📋 Good morning, ${name}! ${posts} has ${open} open ticket${open === 1 ? "" : "s"} today${overdue > 0 ? `, ${overdue} overdue (listed first)` : ""}:`,
  dailyFooter: 'Reply "queue" at any time for the latest queue.',
  deliveryFailed: (recipient: string, excerpt: string, reason: string) =>
    `⚠️ A message to ${recipient} failed repeatedly and was given up: ${excerpt}\nReason: ${reason}`,
  arrangementMissing: (year, file) =>
    [
      `📅 The official holiday arrangement for ${year} is not loaded yet: deadlines in ${year} follow only the statutory holidays (no make-up days) and are shown as provisional.`,
      "To add it:",
      `1. Once the State Council publishes its notice on the ${year} holidays, write it as ${file} in the folder of the directory file:`,
      `   year: ${year}`,
      "   holidays:        # days off; a run of days takes `to` for its last day",
      `     - { date: "${year}-01-01", name: 元旦 }`,
      `     - { date: "${year}-MM-DD", to: "${year}-MM-DD", name: 春节 }`,
      "   workdays:        # make-up working days",
      `     - { date: "${year}-MM-DD", name: 春节 }`,
      "2. Restart the bot (e.g. systemctl restart office-desk); a wrong entry stops start-up and names the line.",
      `3. Reply "calendar ${year}" to check: every day off and make-up day should say "official arrangement".`,
      "This reminder stops once it is loaded; until then it comes once a week.",
    ].join("\n"),
};
