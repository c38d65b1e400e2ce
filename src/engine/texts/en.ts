import type { Texts } from "./zh.js";

/** 2500 → "2,500" (both languages group digits so). */
const count = (n: number) => n.toLocaleString("en");

export const en: Texts = {
  menuTitle: "Hello! This is the school's general office. Reply with a number or just tell me what you need:",
  menuFooter:
    'You can also describe it, e.g. "the projector is broken" or "book room 301 tomorrow afternoon". Reply "my tickets" to see progress.',
  notUnderstood: "Sorry, I did not quite understand.",
  shortMenu:
    "Sorry, I did not quite understand. I can help with these; reply with a number or say it another way:",
  whichService: "Do you mean:",
  pickAgain: "Please reply with a number to pick one, or say it another way.",
  internalError: "Sorry, something went wrong and nothing was saved; please try again shortly.",
  stateLost: "Sorry, I could not read where we left off, so we are starting over.",
  tooLong: (max: number) =>
    `That message is too long (over ${max} characters); please send it in parts or shorten it.`,
  empty: 'I did not receive any text. Tell me what you need, or reply "menu" to see the services.',
  unsupported: "Sorry, I cannot handle this kind of message yet; please describe it in text.",
  startFlow: (title: string) =>
    `Sure, let's do "${title}". Reply "cancel" at any time to stop, "back" for the previous question, "help" for help.`,
  cancelled: 'Cancelled; nothing was saved. Reply "menu" to start again.',
  nothingToCancel: "There is nothing in progress.",
  nothingToGoBack: "This is already the first question.",
  fieldHelp: (label: string, help: string, example: string) => `[${label}] ${help}\nFor example: ${example}`,
  optionalHint: '(reply "skip" to leave it out)',
  corrected: (label: string, value: string) => `Changed the ${label} to: ${value}.`,
  notAValue: (label: string) => `This step needs the ${label}; please reply with it.`,
  switchAsk: (current: string, next: string) => `Finish the ${current} first, or switch to ${next}?`,
  continueFlow: (current: string) => `Continue ${current}`,
  switchFlow: (next: string) => `Switch to ${next}`,
  keptOld: (label: string) => `The ${label} keeps its previous value.`,
  unknownField: (name: string, labels: string) =>
    `There is no item called "${name}". You can change: ${labels}`,
  reviewTitle: (title: string) => `Please check your "${title}" request:`,
  reviewFooter: (label: string) =>
    `Reply "confirm" if it is right; "change <item>" (e.g. "change ${label}") to correct one item; "cancel" to drop it.`,
  confirm: "confirm",
  edit: "change",
  cancel: "cancel",
  skip: "skip",
  pickEdit: "Which item would you like to change?",
  flowRestarted: (title: string) =>
    `Sorry, the "${title}" form has just been updated, so what you entered needs to be given again. Let's start over.`,
  flowGone:
    'Sorry, the service you were using has been withdrawn, so I closed it. Reply "menu" to see the current services.',
  expired: (title: string) =>
    `Your "${title}" request was inactive for a long time and has been closed without saving. Reply "menu" to start again.`,
  created: (number: string) => `Received. Your ticket number is ${number}.`,
  nextStep: (post: string, span: string, due: string) => `${post} will respond within ${span}, by ${due}.`,
  deadlineLine: (milestone: string, due: string) => `${milestone}: by ${due}`,
  trackHint: (number: string) => `Reply "status ${number}" at any time to see its progress.`,
  milestone: { response: "Response", onsite: "On site", plan: "Initial plan", resolution: "Done" },
  status: {
    new: "waiting to be accepted",
    accepted: "accepted",
    in_progress: "in progress",
    waiting: "waiting for your information",
    resolved: "resolved",
    closed: "closed",
    reopened: "reopened",
    referred: "referred elsewhere",
    refused: "not accepted",
    cancelled: "withdrawn",
  },
  priority: { urgent: "urgent", important: "important", normal: "normal" },
  today: "today",
  tomorrow: "tomorrow",
  provisionalDue:
    " (estimated from the statutory holidays; may change once the official make-up days are published)",
  noTickets: 'You have no tickets. Reply "menu" to make a new request.',
  myTicketsTitle: "Your tickets:",
  queueTitle: (post: string) => `${post} queue (urgent first, then by deadline):`,
  listPage: (from: number, to: number, total: number, more: boolean) =>
    `Showing ${from === 1 ? `the first ${count(to)}` : `${count(from)}–${count(to)}`} of ${count(total)}${more ? ' · reply "more"' : ""}`,
  listEnd: "That was the last page.",
  queueEmpty: (post: string) => `${post} has no open tickets.`,
  notStaff: "Sorry, only office staff can use this command.",
  noTicketMeant:
    'No ticket in your queue matches; give the full number (e.g. accept 综合办-20261127-003) or reply "queue".',
  whichTicket: "Which ticket do you mean?",
  clerkHelp:
    'I did not recognise that command. Commands: queue; accept 001 (today\'s -001, or the only ticket in your queue ending so); start 001; resolve 001 note; plan/transfer/ask/refer/refuse <no> text; a bare "accept" takes the only ticket it can mean. To request a service just describe it, or reply "menu".',
  ticketNotFound: (number: string) =>
    `I could not find ticket ${number}; please check the number (like 综合办-20261127-003).`,
  ticketHidden: (number: string) => `Sorry, you do not have access to ticket ${number}.`,
  ticketLine: (number: string, title: string, summary: string, status: string) =>
    `${number} | ${title} | ${summary} | ${status}`,
  ticketDetail: (lines: string[]) => lines.join("\n"),
  overdueMark: "⏰ overdue",
  refused: {
    "wrong-status": (status: string) =>
      `Not done: the ticket is "${status}", so this step is not possible now.`,
    "not-allowed": "Not done: you are not allowed to take this step on this ticket.",
    "note-required":
      'Not done: this step needs a reason or note, e.g. "refuse 综合办-20261127-003 handled by the academic office".',
  },
  actionDone: (number: string, status: string) => `Updated: ${number} → ${status}.`,
  unknownPost: (name: string, posts: string) => `There is no post called "${name}". Posts: ${posts}`,
  commandUsage: (usage: string) => `That is not quite right. Usage: ${usage}`,
  assignment: (post: string, number: string, title: string, summary: string) =>
    `[New ticket] ${post}: ${number}\n${title}: ${summary}`,
  assignmentCommands: (number: string) =>
    `Accept: accept ${number}\nResolve: resolve ${number} what was done\nTransfer: transfer ${number} post reason\nAsk: ask ${number} your question\nRefuse: refuse ${number} reason`,
  statusChanged: (number: string, status: string, note?: string | null) =>
    `Your ticket ${number} is now "${status}".${note ? `\nNote: ${note}` : ""}`,
  askedForInfo: (number: string, question: string) =>
    `About ticket ${number}, the office needs: ${question}\nPlease reply: answer ${number} your answer`,
  answered: (number: string, who: string, answer: string) =>
    `The requester ${who} answered on ticket ${number}: ${answer}`,
  transferredIn: (number: string, from: string) =>
    `Ticket ${number} was transferred to your post by ${from}.`,
  rated: (score: number) => `Thank you for your rating (${score})!`,
  ratePrompt: (number: string) =>
    `Ticket ${number} is resolved. Please rate the service from 1 to 5 (5 = very satisfied); a comment is welcome.`,
  lowRatingAlert: (number: string, what: string, score: number, comment: string | null) =>
    `⚠️ Low rating: ticket ${number} (${what}) scored ${score}.${comment ? `\nThe comment in full:\n${comment}` : "\nNo comment yet; it will be passed to you when it comes."}`,
  rateUsage: 'Please reply with a score from 1 to 5, e.g. "rate 综合办-20261127-003 5 very quick".',
  rateNotAllowed: "Sorry, only the requester can rate, and only once the ticket is resolved.",
  rateTooLate: "Sorry, a rating can be changed within 12 hours of giving it; that time has passed.",
  refer: (reason: string) => `Sorry, this is not something the general office handles. ${reason}`,
  referTo: (department: string, contact: string) => `Please contact the ${department} (${contact}).`,
  referChoice: (department: string) => `The ${department}`,
  groupPrivate: "This involves personal details, so I have messaged you privately to continue.",
  attachmentSaved: (name: string) => `Received the attachment "${name}"; it will be filed with the ticket.`,
  attachmentTooLarge: (mb: number) =>
    `The attachment is over ${mb} MB and was not saved. Please compress it or hand it in.`,
  attachmentNotHere:
    "I received an attachment, but nothing in progress takes one (repairs and documents can have photos or files).",
  attachmentsLine: (n: number) => `${n} attachment(s)`,
  noData: "no data",
  formRequired: (label: string) => `Please fill in “${label}”.`,
};
