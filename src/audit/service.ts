import type { Service } from "../services/service.js";
import { auditCheckStateSchema, auditServiceId, continueChecking } from "./audit-checking.js";
import { parseAuditCommand, runAuditCommand } from "./audit-commands.js";
import { auditDrawJob } from "./audit-draw-job.js";

export interface AuditServiceOptions {
  /** Local "HH:MM" the draw job runs each morning (default the start of the working day). */
  morningAt: string;
}

/**
 * The monthly audit (G18): on the first working day of each month ⌈20 %⌉ of each post's closed tickets of the
 * month before are drawn with a stored seed; the auditor works through the three checks in chat (`抽查 核对`),
 * `抽查` / `抽查 2026-11` show a sample and its progress, `重训` the clerks whose tickets had problems.
 */
export function auditService(options: AuditServiceOptions): Service {
  return {
    id: auditServiceId,
    commands: { parse: parseAuditCommand, run: runAuditCommand },
    followUp(scope, data, text, startsSomething) {
      const state = auditCheckStateSchema.safeParse(data);
      return state.success ? continueChecking(scope, state.data, text, startsSomething) : undefined;
    },
    jobs: [auditDrawJob(options.morningAt)],
  };
}
