import type { Service } from "../services/service.js";
import { parseLearning, runLearning } from "./learning-commands.js";
import { unsurePruneJob } from "./unsure-prune-job.js";

export interface LearningOptions {
  /** Days an unsure message is kept (`UNSURE_KEEP_DAYS`, default 90). */
  keepDays: number;
}

/**
 * Learning from traffic: the office head lists what the bot was unsure of (`未识别`) and adopts a message as an
 * example of a service (`采纳 12 报修`); the intent model retrains at once and on every start.
 */
export function learningService(options: LearningOptions = { keepDays: 90 }): Service {
  return {
    id: "learning",
    commands: { parse: parseLearning, run: runLearning },
    jobs: [unsurePruneJob(options.keepDays)],
  };
}
