import type { Service } from "../services/service.js";
import { confirmTicket } from "../tickets/confirm-ticket.js";
import { planBooking } from "./booking-confirm.js";
import { decisionChoices, decisionHint } from "./booking-decision-choices.js";
import { bookingDetailLines } from "./booking-details.js";
import { calendarRoutes } from "./calendar-route.js";
import { upcomingBookings } from "./home-bookings.js";
import { startCheckInWatchdog } from "./jobs/check-in-watchdog.js";
import { bookingJobs } from "./jobs/room-jobs.js";
import { parseBookingCommand, runBookingCommand } from "./room-commands.js";

export interface RoomsServiceOptions {
  /** The shared secret of the room calendar feeds (`?token=`); undefined turns them off. */
  calendarToken?: string | undefined;
}

/**
 * Room booking (G3/G6): booking commands (我的预约, 批准, 签到, 空闲会议室 …), the conflict-checked booking on
 * confirm of a `creates: "booking"` flow, its jobs and check-in watchdog, the iCal feeds, and the bookings on a
 * person's home page. Listed before tickets, so its words (取消, 驳回) are read as booking commands first.
 */
export function roomsService(options: RoomsServiceOptions = {}): Service {
  return {
    id: "rooms",
    commands: { parse: parseBookingCommand, run: runBookingCommand },
    confirm: (ctx, tx, input) => confirmTicket(ctx, tx, input, planBooking(ctx, tx, input)),
    ticketDetails: bookingDetailLines,
    // A room booking is decided (G6: approve or reject), not worked on.
    assignment: (ticket, locale) => ({
      hint: decisionHint(ticket.number, locale),
      choices: decisionChoices(ticket.number, locale),
    }),
    home: (scope) => ({ bookings: upcomingBookings(scope) }),
    jobs: bookingJobs,
    routes: (ctx) => [
      { path: "/calendar/:file", route: calendarRoutes({ ctx, token: options.calendarToken }) },
    ],
    background: (ctx) => startCheckInWatchdog(ctx),
  };
}
