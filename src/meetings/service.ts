import type { Service } from "../services/service.js";
import { confirmTicket } from "../tickets/confirm-ticket.js";
import { meetingNoticeJob } from "./jobs/meeting-notice-job.js";
import { meetingSetupJob } from "./jobs/meeting-setup-job.js";
import { meetingVenueReleaseJob } from "./jobs/meeting-venue-release-job.js";
import { parseMeetingCommand } from "./meeting-command-parser.js";
import { runMeetingCommand } from "./meeting-commands.js";
import { planMeeting } from "./meeting-confirm.js";
import { meetingDetailLines } from "./meeting-details.js";

/**
 * Meetings (G3, G5): a confirmed arrangement holds its venue through room booking and records its attendees;
 * the set-up task 3 working days ahead (confirmed with 布置完成), the cross-department notice 7 days ahead,
 * the minutes (纪要) to the attendees, and the clean-up (清场) that resolves the ticket. A withdrawn or
 * refused arrangement gives its room back.
 */
export function meetingsService(): Service {
  return {
    id: "meetings",
    commands: { parse: parseMeetingCommand, run: runMeetingCommand },
    confirm: (ctx, tx, input) => confirmTicket(ctx, tx, input, planMeeting(ctx, tx, input)),
    ticketDetails: meetingDetailLines,
    jobs: [meetingSetupJob(), meetingNoticeJob(), meetingVenueReleaseJob()],
  };
}
