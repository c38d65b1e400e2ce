import type { Locale } from "../core/locale.js";
import { activeLead, assignLead, updateLead } from "../db/queries/leads.js";
import { findStaffByName, getPerson, type Person } from "../db/queries/people.js";
import { getTicketByNumber, type Ticket } from "../db/queries/tickets.js";
import { isOpen } from "../domain/ticket-status.js";
import type { EngineContext } from "../engine/context.js";
import { fieldContext, valueLines } from "../engine/form-runtime/field-context.js";
import { texts } from "../engine/texts/index.js";
import { instantText } from "../rooms/booking-format.js";
import { notifyPeople } from "../rooms/booking-notices.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { leadingTicketNumber } from "../tickets/ticket-command-parser.js";
import { flowTitle } from "../tickets/ticket-notices.js";
import { afterCommandWord } from "../understanding/command-words.js";
import { leadTexts } from "./texts/index.js";

export type LeadCommand = { kind: "lead" | "progress"; number: string; rest: string };

const words = { lead: ["牵头", "lead"], progress: ["进展", "progress"] } as const;

/** "牵头 <no> 孙主任" names a lead; "进展 <no> 已与教务处确认" is the lead's update. */
export function parseLeadCommand(input: string): LeadCommand | undefined {
  for (const kind of ["lead", "progress"] as const) {
    const rest = afterCommandWord(input.trim(), words[kind]);
    const found = rest === undefined ? undefined : leadingTicketNumber(rest);
    if (found) return { kind, number: found.number, rest: found.after };
  }
  return undefined;
}

/** Progress is asked for once a working day. */
export const reminderSpan = { days: 1 } as const;

export function runLeadCommand(scope: CommandScope, command: LeadCommand): CommandOutcome {
  const ticket = getTicketByNumber(scope.tx, command.number);
  if (!ticket) return say(texts(scope.locale).ticketNotFound(command.number));
  return command.kind === "lead"
    ? nameLead(scope, ticket, command.rest)
    : reportProgress(scope, ticket, command.rest);
}

/** "孙主任" or "教务处 孙主任" with the directory's department, as people read it. */
export function leadName(ctx: EngineContext, person: Pick<Person, "name">, locale: Locale): string {
  const department = ctx.directory.people.find((p) => p.name === person.name)?.department;
  return leadTexts(locale).leadName(person.name, department);
}

function nameLead(scope: CommandScope, ticket: Ticket, name: string): CommandOutcome {
  const { ctx, tx, person, locale } = scope;
  const t = leadTexts(locale);
  if (!person.isHead && !person.postIds.includes(ticket.postId)) return say(t.notAllowed);
  if (!isOpen(ticket.status)) return say(t.closed(ticket.number));
  if (!name.trim()) return say(t.leadUsage(ticket.number));
  const lead = findStaffByName(tx, name.trim());
  if (!lead) return say(t.unknownPerson(name.trim()));
  const now = ctx.clock();
  assignLead(tx, {
    ticketId: ticket.id,
    leadId: lead.id,
    assignedById: person.id,
    assignedAt: now,
    nextReminderAt: ctx.calendar.add(now, reminderSpan),
  });
  const flow = ctx.flows.get(ticket.type);
  notifyPeople(ctx, tx, [lead], {
    key: `lead:${ticket.id}:${now.getTime()}`,
    kind: "lead-assigned",
    ticketId: ticket.id,
    message: (l) => ({
      text: leadTexts(l).toLead(
        ticket.number,
        flowTitle(ctx, ticket.type, l),
        ticket.summary,
        person.name,
        (flow ? valueLines(flow, ticket.fields, fieldContext(ctx, l, ticket.fields)) : []).join("\n"),
      ),
      ticketNumber: ticket.number,
    }),
  });
  const requester = getPerson(tx, ticket.requesterId);
  if (requester && requester.id !== lead.id)
    notifyPeople(ctx, tx, [requester], {
      key: `lead-requester:${ticket.id}:${now.getTime()}`,
      kind: "status",
      ticketId: ticket.id,
      message: (l) => ({
        text: leadTexts(l).toRequester(ticket.number, leadName(ctx, lead, l)),
        ticketNumber: ticket.number,
      }),
    });
  return say(t.assigned(ticket.number, leadName(ctx, lead, locale)));
}

function reportProgress(scope: CommandScope, ticket: Ticket, text: string): CommandOutcome {
  const { ctx, tx, person, locale } = scope;
  const t = leadTexts(locale);
  const lead = activeLead(tx, ticket.id);
  if (!lead || lead.leadId !== person.id) return say(t.notLead(ticket.number));
  if (!text.trim()) return say(t.progressUsage(ticket.number));
  const now = ctx.clock();
  const update = text.trim().slice(0, 1000);
  updateLead(tx, lead.id, {
    lastUpdate: update,
    lastUpdateAt: now,
    nextReminderAt: ctx.calendar.add(now, reminderSpan),
  });
  const requester = getPerson(tx, ticket.requesterId);
  if (requester)
    notifyPeople(ctx, tx, [requester], {
      key: `lead-progress:${lead.id}:${now.getTime()}`,
      kind: "status",
      ticketId: ticket.id,
      message: (l) => ({
        text: leadTexts(l).progressToRequester(ticket.number, leadName(ctx, person, l), update),
        ticketNumber: ticket.number,
      }),
    });
  return say(t.progressSaved(ticket.number));
}

/** "查询 <no>": who leads it and their latest update. */
export function leadDetailLines(scope: CommandScope, ticket: Ticket): string[] {
  const lead = activeLead(scope.tx, ticket.id);
  const person = lead ? getPerson(scope.tx, lead.leadId) : undefined;
  if (!lead || !person) return [];
  const t = leadTexts(scope.locale);
  const lines = [t.detailLead(leadName(scope.ctx, person, scope.locale))];
  if (lead.lastUpdate && lead.lastUpdateAt)
    lines.push(t.detailProgress(lead.lastUpdate, instantText(scope.ctx, lead.lastUpdateAt, scope.locale)));
  return lines;
}
