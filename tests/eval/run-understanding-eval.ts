// `npm run eval:understanding [path]`: the development set through the real engine; prints the figures per
// service and in total, then (with --details) every case that went wrong.
import { devSetPath, evaluate, failures, loadCases, report } from "./understanding-eval.js";

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith("--")) ?? devSetPath;
const results = await evaluate(loadCases(path));
console.log(report(results));
if (args.includes("--details")) console.log(`\n${failures(results).join("\n")}`);
