export type TicketStatus =
  | "new"
  | "accepted"
  | "in_progress"
  | "waiting"
  | "resolved"
  | "closed"
  | "reopened"
  | "referred"
  | "refused"
  | "cancelled";

export type TicketAction =
  | "accept"
  | "start"
  | "ask"
  | "answer"
  | "plan"
  | "resolve"
  | "close"
  | "reopen"
  | "transfer"
  | "refer"
  | "refuse"
  | "cancel";

/** How the actor relates to the ticket: the requester, a member of its post, the office head, or the bot itself. */
export type ActorRole = "requester" | "member" | "head" | "system";

interface Rule {
  from: readonly TicketStatus[];
  /** Target status; "previous" returns to the status held before waiting on the requester. */
  to: TicketStatus | "previous";
  by: readonly ActorRole[];
  needsNote: boolean;
}

const working = ["new", "accepted", "in_progress", "reopened"] as const;
const staff = ["member", "head"] as const;

export const transitions: Readonly<Record<TicketAction, Rule>> = {
  accept: { from: ["new", "reopened"], to: "accepted", by: staff, needsNote: false },
  start: { from: ["accepted", "reopened"], to: "in_progress", by: staff, needsNote: false },
  ask: { from: working, to: "waiting", by: staff, needsNote: true },
  answer: { from: ["waiting"], to: "previous", by: ["requester"], needsNote: true },
  plan: {
    from: ["new", "accepted", "in_progress", "reopened"],
    to: "in_progress",
    by: staff,
    needsNote: true,
  },
  resolve: { from: working, to: "resolved", by: [...staff, "system"], needsNote: true },
  close: { from: ["resolved"], to: "closed", by: ["requester", "head", "system"], needsNote: false },
  reopen: { from: ["resolved", "closed"], to: "reopened", by: ["requester", "head"], needsNote: true },
  // The bot transfers when a service's step ends (a major notice signed off by a leader goes to the desk).
  transfer: { from: working, to: "new", by: [...staff, "system"], needsNote: false },
  refer: { from: ["new", "accepted", "reopened"], to: "referred", by: staff, needsNote: true },
  // "system": a decision taken outside the office's posts (a leader sending a notice back, the teaching
  // department not approving supplies, G4/G8).
  refuse: { from: ["new", "accepted", "reopened"], to: "refused", by: [...staff, "system"], needsNote: true },
  cancel: {
    from: ["new", "accepted", "in_progress", "waiting"],
    to: "cancelled",
    by: ["requester"],
    needsNote: false,
  },
};

export const openStatuses: readonly TicketStatus[] = [
  "new",
  "accepted",
  "in_progress",
  "waiting",
  "reopened",
];

export type TransitionRefusal =
  | { reason: "wrong-status"; status: TicketStatus; allowedFrom: readonly TicketStatus[] }
  | { reason: "not-allowed"; role: ActorRole; allowedRoles: readonly ActorRole[] }
  | { reason: "note-required" };

export type TransitionResult = { ok: true; to: TicketStatus } | { ok: false; refusal: TransitionRefusal };

export interface TransitionInput {
  status: TicketStatus;
  action: TicketAction;
  role: ActorRole;
  note?: string | undefined;
  /** The status before waiting; needed for "answer". */
  statusBeforeWait?: TicketStatus | null | undefined;
}

/**
 * Decides a state change. Never throws: an invalid change comes back refused with the reason.
 *
 * ```ts
 * transition({ status: "new", action: "accept", role: "member" }); // { ok: true, to: "accepted" }
 * transition({ status: "new", action: "refuse", role: "member" }); // refused: note-required (G12)
 * ```
 */
export function transition(input: TransitionInput): TransitionResult {
  const rule = transitions[input.action];
  if (!rule.by.includes(input.role)) {
    return { ok: false, refusal: { reason: "not-allowed", role: input.role, allowedRoles: rule.by } };
  }
  if (!rule.from.includes(input.status)) {
    return { ok: false, refusal: { reason: "wrong-status", status: input.status, allowedFrom: rule.from } };
  }
  if (rule.needsNote && !input.note?.trim()) return { ok: false, refusal: { reason: "note-required" } };
  const to = rule.to === "previous" ? (input.statusBeforeWait ?? "accepted") : rule.to;
  return { ok: true, to };
}

export function isOpen(status: TicketStatus): boolean {
  return openStatuses.includes(status);
}

/** Whether an action pauses or resumes the ticket's SLA clocks. */
export function clockEffect(action: TicketAction): "pause" | "resume" | "none" {
  if (action === "ask") return "pause";
  if (action === "answer") return "resume";
  return "none";
}

export type Milestone = "response" | "onsite" | "plan" | "resolution";

/** The SLA milestones an action satisfies; a transfer keeps the clocks running for the new post. */
export function milestonesMetBy(action: TicketAction): readonly Milestone[] {
  switch (action) {
    case "accept":
    case "ask":
      return ["response"];
    case "start":
      return ["response", "onsite"];
    case "plan":
      return ["response", "plan"];
    case "resolve":
    case "close":
    case "refer":
    case "refuse":
    case "cancel":
      return ["response", "onsite", "plan", "resolution"];
    default:
      return [];
  }
}
