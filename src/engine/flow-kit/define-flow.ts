import type { WorkingSpan } from "../../domain/sla-calendar.js";
import type { FlowDefinition, SlaTarget } from "./types.js";

export const workingHours = (hours: number): WorkingSpan => ({ hours });
export const workingDays = (days: number): WorkingSpan => ({ days });

/** SLA clock builders: `respond(workingHours(2))` means "accept within 2 working hours". */
export const respond = (within: WorkingSpan): SlaTarget => ({ milestone: "response", within });
export const onSite = (within: WorkingSpan): SlaTarget => ({ milestone: "onsite", within });
export const plan = (within: WorkingSpan): SlaTarget => ({ milestone: "plan", within });
export const resolve = (within: WorkingSpan): SlaTarget => ({ milestone: "resolution", within });

const minExamples = 10;

/**
 * Declares a service type. Checks the declaration once, at load time, so a broken flow file stops start-up
 * with its id in the message instead of failing in a conversation.
 *
 * ```ts
 * export default defineFlow({ id: "repair", version: 1, title: { zh: "报修", en: "Repair" }, ... });
 * ```
 */
export function defineFlow(flow: FlowDefinition): FlowDefinition {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9-]*$/.test(flow.id)) problems.push("id must be lowercase letters, digits and '-'");
  if (!Number.isInteger(flow.version) || flow.version < 1)
    problems.push("version must be a whole number ≥ 1");
  if (flow.fields.length === 0) problems.push("a flow needs at least one field");
  const keys = new Set<string>();
  for (const field of flow.fields) {
    if (keys.has(field.key)) problems.push(`duplicate field key "${field.key}"`);
    keys.add(field.key);
  }
  const complaint = flow.complaint;
  if (typeof complaint === "object" && !flow.fields.some((f) => f.key === complaint.field))
    problems.push(`complaint names no field "${complaint.field}"`);
  for (const key of Object.values(flow.sameProblem ?? {}))
    if (!keys.has(key)) problems.push(`sameProblem names no field "${key}"`);
  if (flow.intents.length === 0) problems.push("a flow needs at least one intent word");
  // The intent model learns the flow from these; with only a handful it cannot tell it from its neighbours.
  if (!Array.isArray(flow.examples) || flow.examples.length < minExamples)
    problems.push(
      `a flow needs at least ${minExamples} example sentences ("examples: [...]") of what people say`,
    );
  if (problems.length > 0) throw new Error(`flow "${flow.id}": ${problems.join("; ")}`);
  return Object.freeze(flow);
}
