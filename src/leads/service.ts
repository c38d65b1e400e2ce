import type { Service } from "../services/service.js";
import { leadProgressReminderJob } from "./jobs/progress-reminder-job.js";
import { leadDetailLines, parseLeadCommand, runLeadCommand } from "./lead-commands.js";

/**
 * Multi-department matters (G14): a clerk or the head names a lead from another department (牵头 <no> 姓名);
 * the lead gets the ticket and a progress reminder each working day, and their updates (进展 <no> …) reach
 * the requester. The lead may see the ticket (查询, 附件).
 */
export function leadsService(): Service {
  return {
    id: "leads",
    commands: { parse: parseLeadCommand, run: runLeadCommand },
    ticketDetails: leadDetailLines,
    jobs: [leadProgressReminderJob()],
  };
}
