import type { BookingTexts } from "./zh.js";

export const en: BookingTexts = {
  status: {
    pending: "awaiting approval",
    approved: "approved",
    checked_in: "checked in",
    cancelled: "cancelled",
    rejected: "rejected",
    released: "released (no check-in)",
  } as Record<string, string>,
  needsDisplacement: "awaiting approval (moves another booking)",
  /** Between two sentences: nothing in Chinese, a space in English. */
  sentenceGap: " ",
  list: (items: readonly string[]) => items.join(", "),
  people: (n: number) => `${n} people`,

  held: "The slot is held for you until the office decides.",
  displacementHeld: (others: string) =>
    `This slot is already booked for a non-teaching activity (${others}). Teaching comes first: the office will decide, and if approved the other booking is moved and its owner told.`,
  seriesCreated: (count: number, dates: string) => `${count} dates booked: ${dates}.`,
  seriesSkipped: (dates: string) => `These dates are holidays and were skipped: ${dates}.`,
  seriesConflictSkipped: (dates: string) => `These dates had conflicts and were not booked: ${dates}.`,
  checkInHint: (minutes: number, number: string) =>
    `On the day, please check in within ${minutes} minutes of the start (reply "check in ${number}"), or the room is released.`,
  taken: (room: string, when: string) => `Sorry, ${room} is already booked for ${when}.`,
  pickAlternative: "You can pick one of these free options, or reply with another time:",
  noAlternative: "Nothing similar is free around then; please reply with another time.",
  seriesConflicts: (lines: readonly string[], free: number, total: number) =>
    [
      "These dates have conflicts:",
      ...lines,
      `${free} of ${total} dates are free. Reply "confirm" to skip the conflicting dates and book the other ${free}; "change time" for another time; "cancel" to drop it.`,
    ].join("\n"),
  seriesConflictLine: (date: string, holder: string) => `· ${date}: already booked (${holder})`,
  seriesAllTaken: (lines: readonly string[]) =>
    ["Every date has a conflict:", ...lines, "Please choose another time."].join("\n"),
  skipConflicts: "Confirm (skip conflicting dates)",
  changeTime: "Change time",
  changeTimeCommand: "change time",
  cancelWord: "cancel",

  limitDaysAhead: (max: number, latest: string) =>
    `Sorry, rooms can be booked at most ${max} days ahead (currently up to ${latest}). Please pick an earlier date, or book it later.`,
  limitTooLong: (max: number, hours: number) =>
    `Sorry, one booking can last at most ${max} hours and this one is ${hours} hours. Please shorten it or split it into several bookings.`,
  limitTooMany: (max: number, open: number) =>
    `Sorry, each person may hold at most ${max} upcoming bookings and you have ${open}. Reply "my bookings" to cancel ones you no longer need, or "cancel" to drop this request.`,

  approvedNote: (room: string, when: string, count: number) =>
    `Room booking approved: ${room} ${when}${count > 1 ? ` (${count} dates)` : ""}.`,
  approveDone: (number: string, count: number, displaced: number) =>
    `Approved ${number} (${count} slot${count === 1 ? "" : "s"}). ${displaced > 0 ? `${displaced} non-teaching booking(s) were moved aside and their owners told, with alternatives. ` : ""}The requester has been told.`,
  rejectDone: (number: string) => `Rejected ${number}; the requester has been told why.`,
  rejectedNotice: (number: string, room: string, when: string, reason: string) =>
    `Your room booking ${number} (${room} ${when}) was not approved. Reason: ${reason}`,
  approvedNotice: (number: string, note: string) => `Your room booking ${number} is approved. ${note}`,
  rejectNeedsReason: (number: string) =>
    `Please give a reason, e.g. "reject ${number} the hall is used for exams then".`,
  notABooking: (number: string) => `${number} is not a room booking.`,
  notAllowed: "Sorry, only the meetings team or the office head can decide room bookings.",
  officeOnly: "Sorry, only the meetings team or the office head can use this command.",
  nothingPending: (number: string, status: string) =>
    `${number} has nothing awaiting approval (now: ${status}).`,
  teachingInTheWay: (number: string, other: string) =>
    `Cannot approve ${number}: a teaching booking (${other}) holds the slot too, and teaching bookings do not displace each other. Please reject it or talk to both teachers.`,
  displacementRequest: (number: string, room: string, when: string, others: string) =>
    `⚠️ Teaching request ${number}: ${room} ${when} clashes with non-teaching bookings (${others}). Approving it cancels those and tells their owners at once.`,
  displacedNotice: (number: string, room: string, when: string, reason: string) =>
    `We are sorry: your room booking ${number} (${room} ${when}) had to give way (${reason}) and was cancelled by the office.`,
  displacedReason: "teaching takes priority",
  rebookPrompt: 'Pick one of these free options to move it, or reply "reschedule <number> <new time>":',
  rebookNone:
    'Nothing similar is free nearby; reply "reschedule <number> <new time>" or contact the meetings team.',
  approvalReminder: (number: string, summary: string, since: string) =>
    `⏰ Room booking ${number} (${summary}) has awaited approval since ${since}, over one working day. Please approve or reject it.`,
  decisionHint: (number: string) => `Approve: approve ${number}\nReject: reject ${number} reason`,
  approveButton: "Approve",
  rejectButton: "Reject",

  emergencyUsage:
    'Usage: reallocate <room> <time> <reason>, e.g. "reallocate lecture hall tomorrow 9:00-12:00 fire drill".',
  emergencyPurpose: (reason: string) => `Emergency: ${reason}`,
  emergencyMoved: (number: string, from: string, to: string, when: string, reason: string) =>
    `Because of an emergency (${reason}), your room booking ${number} moved from ${from} to ${to}, same time: ${when}. We are sorry for the trouble.`,
  emergencyCancelled: (number: string, room: string, when: string, reason: string) =>
    `Because of an emergency (${reason}), your room booking ${number} (${room} ${when}) was cancelled; no similar room is free at that time.`,
  emergencyDone: (room: string, when: string, moved: number, cancelled: number) =>
    `${room} ${when} is now reserved for the emergency: ${moved} booking(s) moved to other rooms, ${cancelled} cancelled; everyone affected has been told.`,
  emergencyNothing: (room: string, when: string) =>
    `${room} ${when} is now reserved; nothing else was booked then.`,

  equipmentQuestion: (number: string, room: string, when: string, items: string) =>
    `Your booking of ${room} (${when}) needs: ${items}. Please confirm so the meetings team can prepare it: reply "confirm equipment ${number}", or "confirm equipment ${number} <changes>" to adjust.`,
  equipmentButton: "Confirm equipment",
  equipmentConfirmed: (number: string) =>
    `Equipment for ${number} confirmed; the meetings team will have it ready.`,
  equipmentNotice: (who: string, number: string, room: string, when: string, items: string, note: string) =>
    `${who} confirmed the equipment for ${number} (${room} ${when}): ${items}. ${note ? `Note: ${note}` : ""}`,
  noEquipment: (number: string) => `${number} has no equipment to confirm.`,

  checkInReminder: (number: string, room: string, when: string, minutes: number) =>
    `Your booking of ${room} (${when}) starts now. Please check in within ${minutes} minutes: reply "check in ${number}", or the room is released.`,
  checkInButton: "Check in",
  checkedIn: (room: string, when: string) => `Checked in: ${room} ${when}. Enjoy!`,
  alreadyCheckedIn: (number: string) => `${number} is already checked in.`,
  checkInTooEarly: (number: string, opens: string) =>
    `It is too early to check in to ${number}; check-in opens at ${opens}.`,
  nothingToCheckIn: (number: string) =>
    `${number} has no booking to check in to now (it may be over, cancelled or released).`,
  released: (number: string, room: string, when: string, minutes: number) =>
    `Nobody checked in to ${room} (${when}, ${number}) within ${minutes} minutes of the start, so the room was released. Please book again if you still need it.`,

  waitlistAdded: (room: string, when: string) =>
    `You are on the waitlist for ${room} ${when}; you will be told as soon as it frees up.`,
  waitlistFreeNow: (room: string, when: string) => `${room} ${when} is free right now; you can book it:`,
  waitlistNotice: (room: string, when: string) =>
    `${room} ${when}, which you were waiting for, is free now; first come, first served:`,
  waitlistUsage: 'Usage: waitlist <room> <time>, e.g. "waitlist 301 tomorrow 14:00-15:00".',

  myBookingsTitle: "Your room bookings:",
  noBookings: 'You have no upcoming room bookings. Say "book room 301" when you need one.',
  bookingLine: (number: string, room: string, when: string, status: string) =>
    `${number} | ${room} | ${when} | ${status}`,
  seriesInfo: (count: number, next: string) => `recurring, ${count} dates, next ${next}`,
  cancelButton: (number: string) => `Cancel ${number}`,
  cancelledBookings: (number: string, items: string) => `Cancelled ${number}: ${items}.`,
  cancelNotice: (who: string, number: string, items: string) =>
    `${who} cancelled room booking ${number}: ${items}.`,
  nothingToCancelHere: (number: string) =>
    `${number} has nothing left to cancel (started, finished or cancelled bookings cannot be).`,
  notYours: (number: string) => `Sorry, ${number} is not your booking.`,
  rescheduleUsage: (number: string) =>
    `Please give the new time, e.g. "reschedule ${number} tomorrow 15:00-16:30" (add a room name to change rooms).`,
  rescheduleSeries: (number: string) =>
    `${number} is a recurring booking and cannot be moved as a whole. Cancel one date with "cancel booking ${number} <date>" and book the new time separately.`,
  rescheduleNotAllowed: (number: string) => `${number} cannot be rescheduled in its current state.`,
  rescheduled: (number: string, room: string, when: string) =>
    `Rescheduled: ${number} → ${room} ${when}. It awaits the meetings team's approval again; the slot is held for you meanwhile.`,
  rescheduleNotice: (who: string, number: string, room: string, when: string) =>
    `${who} moved room booking ${number} to ${room} ${when}; please approve it again.`,

  freeRoomsNeedTime:
    'Please tell me when, e.g. "free rooms tomorrow afternoon" or "free rooms 30 Nov 14:00-16:00 for 30 people".',
  freeRoomsTitle: (when: string, filters: string) => `Rooms free ${when}${filters}:`,
  freeRoomsFilter: (people: number | undefined, items: string) => {
    const parts = [people ? `for ${people}+ people` : "", items ? `with ${items}` : ""].filter(Boolean);
    return parts.length > 0 ? ` (${parts.join(", ")})` : "";
  },
  freeRoomLine: (i: number, room: string, building: string, capacity: number, items: string) =>
    `${i}. ${room} (${building}, ${capacity} people${items ? `; ${items}` : ""})`,
  noFreeRooms: (when: string, example: string) =>
    `Sorry, no room that fits is free ${when}. Try another time, or reply "${example}" to be told when one frees up.`,
  pickRoomHint: "Pick one to start the booking.",
  unknownRoom: (rooms: string) => `I could not find that room. You can book: ${rooms}.`,
  needTime: 'Please give the time, e.g. "tomorrow 14:00-15:30".',
  startPassed: "That start time has already passed; please choose another time.",
  finishedNote: "The booked time is over, so this request is complete.",
};
