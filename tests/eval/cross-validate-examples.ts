// `npm run eval:cv`: 5-fold cross-validation of the intent model on our own examples (the flows' `examples` and
// the directory's referral examples). Each fold trains on four fifths and classifies the held-out fifth, so the
// figures say how well the model generalises to sentences it has not seen, without touching the development set.

import { loadDirectory } from "../../src/directory/load-directory.js";
import { directoryReferrals } from "../../src/directory/referrals.js";
import { loadFlows } from "../../src/engine/flow-registry.js";
import type { Referral } from "../../src/understanding/referral-table.js";
import { ServiceIntents } from "../../src/understanding/service-intents.js";

const folds = 5;
const flows = (await loadFlows()).all();
const referrals = directoryReferrals(loadDirectory("./examples/directory.yaml"));

interface Example {
  id: string;
  text: string;
  fold: number;
}
// A fixed order (every k-th example to fold k) keeps the figures reproducible run to run.
const examples: Example[] = [
  ...flows.flatMap((f) => f.examples.map((text, i) => ({ id: f.id, text, fold: i % folds }))),
  ...referrals.flatMap((r) => r.examples.map((text, i) => ({ id: `refer:${r.id}`, text, fold: i % folds }))),
];

const stats = new Map<string, { n: number; first: number; top2: number; confidentWrong: number }>();
const confusions = new Map<string, number>();
for (let fold = 0; fold < folds; fold++) {
  const kept = (id: string, text: string) =>
    !examples.some((e) => e.fold === fold && e.id === id && e.text === text);
  const model = ServiceIntents.train(
    flows.map((f) => ({ ...f, examples: f.examples.filter((t) => kept(f.id, t)) })),
    referrals.map((r): Referral => ({ ...r, examples: r.examples.filter((t) => kept(`refer:${r.id}`, t)) })),
  );
  for (const e of examples.filter((x) => x.fold === fold)) {
    const { band, candidates } = model.interpret(e.text);
    const ids = candidates.map((c) => (c.kind === "flow" ? c.id : `refer:${c.referral.id}`));
    const group = e.id.startsWith("refer:") ? "out-of-scope" : e.id;
    const s = stats.get(group) ?? { n: 0, first: 0, top2: 0, confidentWrong: 0 };
    s.n++;
    const right = (id: string | undefined) => id === e.id;
    if (right(ids[0])) s.first++;
    if (ids.slice(0, 2).some(right)) s.top2++;
    if (band === "confident" && !right(ids[0])) s.confidentWrong++;
    if (!right(ids[0])) {
      const pair = `${e.id} → ${ids[0] ?? "(menu)"}`;
      confusions.set(pair, (confusions.get(pair) ?? 0) + 1);
    }
    stats.set(group, s);
  }
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`.padStart(7);
console.log("class          examples  top-1    top-2    conf. wrong");
const total = { n: 0, first: 0, top2: 0, confidentWrong: 0 };
for (const [group, s] of stats) {
  console.log(
    `${group.padEnd(14)} ${String(s.n).padStart(8)} ${pct(s.first, s.n)}  ${pct(s.top2, s.n)}  ${pct(s.confidentWrong, s.n)}`,
  );
  for (const k of ["n", "first", "top2", "confidentWrong"] as const) total[k] += s[k];
}
console.log(
  `${"total".padEnd(14)} ${String(total.n).padStart(8)} ${pct(total.first, total.n)}  ${pct(total.top2, total.n)}  ${pct(total.confidentWrong, total.n)}`,
);
console.log("\nconfusions (expected → first guess):");
for (const [pair, n] of [...confusions].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${pair}`);
