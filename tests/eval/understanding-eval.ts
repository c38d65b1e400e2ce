// The understanding evaluation: every first message of a development set goes through the real engine (temp
// SQLite file, real flows and directory), as a new person; what the bot did is read from its reply and the
// stored conversation. Used by `npm run eval:understanding` and by the test that holds the figures.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { z } from "zod";
import type { ReplyDraft as Reply } from "../../src/core/messages.js";
import { loadConversation } from "../../src/db/queries/conversations.js";
import type { FieldContext, FlowDefinition, Values } from "../../src/engine/flow-kit/types.js";
import { fieldContext, valueLines } from "../../src/engine/form-runtime/field-context.js";
import { type EngineHarness, openEngineHarness, schoolZone } from "../support/engine-harness.js";

const caseSchema = z.object({
  text: z.string(),
  service: z.enum([
    "repair",
    "booking",
    "complaint",
    "document",
    "meeting",
    "notice",
    "supplies",
    "out-of-scope",
  ]),
  facts: z.record(z.string(), z.unknown()),
});
export type EvalCase = z.infer<typeof caseSchema>;
export type Service = EvalCase["service"];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The shared development set, beside the repository: `../shared/understanding/dev-set.json`. */
export const devSetPath = join(repoRoot, "../shared/understanding/dev-set.json");

export function loadCases(path = devSetPath): EvalCase[] {
  if (!existsSync(path)) throw new Error(`development set not found at ${path}`);
  return z.object({ cases: z.array(caseSchema) }).parse(JSON.parse(readFileSync(path, "utf8"))).cases;
}

/** Which dev-set service a flow counts as (both document flows are "document"). */
const serviceOfFlow: Record<string, Service> = {
  repair: "repair",
  "room-booking": "booking",
  complaint: "complaint",
  document: "document",
  printing: "document",
  meeting: "meeting",
  notice: "notice",
  supplies: "supplies",
};

export interface CaseResult {
  case: EvalCase;
  /** What the first reply did: started a service, referred, asked which, or showed the menu. */
  first: Service | "asked" | "menu";
  firstRight: boolean;
  resolved: boolean;
  confidentlyWrong: boolean;
  facts: { key: string; taken: boolean }[];
  offered?: string[];
}

function referred(replies: readonly Reply[]): boolean {
  return replies.some((r) => /不属于综合办公室|not something the general office handles/.test(r.text));
}

function wallInstant(spec: string, now: Date): string {
  const m = /^\+(\d+)d (\d{2}):(\d{2})$/.exec(spec);
  if (!m) throw new Error(`bad relative time ${spec}`);
  return DateTime.fromJSDate(now, { zone: schoolZone })
    .startOf("day")
    .plus({ days: Number(m[1]) })
    .set({ hour: Number(m[2]), minute: Number(m[3]) })
    .toJSDate()
    .toISOString();
}

const same = (a: string, b: string) =>
  a.normalize("NFKC").toLowerCase().includes(b.normalize("NFKC").toLowerCase());

/** Whether one stated fact reached the conversation (and so the review) of the flow that started. */
function factTaken(
  key: string,
  expected: unknown,
  flow: FlowDefinition,
  values: Values,
  fctx: FieldContext,
): boolean {
  const line = (field: string) => {
    const f = flow.fields.find((x) => x.key === field);
    return f && values[field] !== undefined && values[field] !== null
      ? (f.format as (v: unknown, c: FieldContext) => string)(values[field], fctx)
      : "";
  };
  const review = valueLines(flow, values, fctx).join("\n");
  switch (key) {
    case "location":
      return same(line("location"), String(expected));
    case "urgent":
      return flow.priority(values) === "urgent";
    case "major":
      return values.category === "air-conditioning" || values.major === true;
    case "room":
      return same(line("room") || line("place"), String(expected));
    case "start":
    case "end": {
      const range = (values.time ?? values.deadline) as { start?: string; end?: string } | undefined;
      return (
        range?.[key] !== undefined &&
        new Date(range[key]).toISOString() === wallInstant(String(expected), fctx.now)
      );
    }
    case "attendees":
      return values.attendees === expected || same(line("attendees"), String(expected));
    case "equipment":
      return (expected as string[]).every((e) => same(line("equipment"), e));
    case "copies":
    case "pages":
      return values[key] === expected;
    case "kind":
      return values.kind === expected;
    case "direction":
      return values.direction === (expected === "in" ? "receive" : "send");
    case "crossDepartment":
      return values.crossDepartment === true;
    case "teachingConsumable":
      return values.kind === "teaching";
    default:
      return review.includes(String(expected));
  }
}

/** Runs every case as its own new person; the harness is opened and closed here. */
export async function evaluate(cases: readonly EvalCase[]): Promise<CaseResult[]> {
  const now = DateTime.now()
    .setZone(schoolZone)
    .set({ hour: 8, minute: 0, second: 0, millisecond: 0 })
    .toJSDate();
  const h: EngineHarness = await openEngineHarness({ now });
  try {
    return cases.map((c, i) => runCase(h, c, `评测老师${i}`));
  } finally {
    await h.close();
  }
}

function startedService(
  h: EngineHarness,
  userId: string,
): { flow: FlowDefinition; values: Values } | undefined {
  const row = loadConversation(h.db, { channel: "console", userKey: userId, threadKey: "" });
  const flow = row?.flowId ? h.app.context.flows.get(row.flowId) : undefined;
  return flow && row ? { flow, values: row.values as Values } : undefined;
}

function outcome(h: EngineHarness, userId: string, replies: readonly Reply[]): Service | "asked" | "menu" {
  const started = startedService(h, userId);
  if (started) return serviceOfFlow[started.flow.id] ?? "menu";
  if (referred(replies)) return "out-of-scope";
  // "有空的会议室吗" is answered by the booking service with the free rooms to pick from.
  if (replies.some((r) => /空闲的场地|free rooms|rooms free/i.test(r.text))) return "booking";
  return replies.some((r) => /您是要|Do you mean/.test(r.text)) ? "asked" : "menu";
}

function runCase(h: EngineHarness, c: EvalCase, userId: string): CaseResult {
  const user = h.user(userId);
  const replies = user.send(c.text);
  const first = outcome(h, userId, replies);
  let final = first;
  let offered: string[] | undefined;
  if (first === "asked") {
    const choices = replies.flatMap((r) => r.choices ?? []);
    offered = choices.map((ch) => ch.label);
    const flows = h.app.context.flows;
    const index = choices.findIndex((ch) => {
      const flow = flows.byTitle(ch.value);
      return flow ? serviceOfFlow[flow.id] === c.service : c.service === "out-of-scope";
    });
    if (index >= 0) final = outcome(h, userId, user.send(String(index + 1)));
  }
  const started = startedService(h, userId);
  const fctx = fieldContext(h.app.context, "zh", started?.values ?? {});
  const facts = Object.entries(c.facts).map(([key, expected]) => ({
    key,
    taken:
      final === c.service &&
      started !== undefined &&
      factTaken(key, expected, started.flow, started.values, fctx),
  }));
  return {
    case: c,
    first,
    firstRight: first === c.service,
    resolved: final === c.service,
    confidentlyWrong: first !== c.service && first !== "asked" && first !== "menu",
    facts,
    ...(offered ? { offered } : {}),
  };
}

export interface Figures {
  cases: number;
  firstTime: number;
  resolved: number;
  confidentlyWrong: number;
  facts: number;
  factsTaken: number;
}

export function figures(results: readonly CaseResult[]): Figures {
  const facts = results.flatMap((r) => r.facts);
  return {
    cases: results.length,
    firstTime: results.filter((r) => r.firstRight).length,
    resolved: results.filter((r) => r.resolved).length,
    confidentlyWrong: results.filter((r) => r.confidentlyWrong).length,
    facts: facts.length,
    factsTaken: facts.filter((f) => f.taken).length,
  };
}

const pct = (n: number, of: number) => (of === 0 ? "   –  " : `${((100 * n) / of).toFixed(1).padStart(5)}%`);

/** The table `npm run eval:understanding` prints: per service and in total. */
export function report(results: readonly CaseResult[]): string {
  const services = [...new Set(results.map((r) => r.case.service))];
  const rows = [
    `${"service".padEnd(14)}${"cases".padStart(6)}  first time  ≤1 question  conf. wrong  facts taken`,
    ...[
      ...services.map((s) => [s, results.filter((r) => r.case.service === s)] as const),
      ["total", results] as const,
    ].map(([name, rs]) => {
      const f = figures(rs);
      return `${String(name).padEnd(14)}${String(f.cases).padStart(6)}  ${pct(f.firstTime, f.cases).padStart(10)}  ${pct(f.resolved, f.cases).padStart(11)}  ${pct(f.confidentlyWrong, f.cases).padStart(11)}  ${pct(f.factsTaken, f.facts).padStart(7)} (${f.factsTaken}/${f.facts})`;
    }),
  ];
  return rows.join("\n");
}

/** One line per case that went wrong or lost a fact, for working on the layer. */
export function failures(results: readonly CaseResult[]): string[] {
  return results
    .filter((r) => !r.firstRight || r.facts.some((f) => !f.taken))
    .map(
      (r) =>
        `${r.case.service.padEnd(12)} first=${r.first}${r.offered ? ` [${r.offered.join("/")}]` : ""}${
          r.facts.some((f) => !f.taken)
            ? ` missed=${r.facts
                .filter((f) => !f.taken)
                .map((f) => f.key)
                .join(",")}`
            : ""
        }  ${r.case.text}`,
    );
}
