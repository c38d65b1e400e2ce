import type { MeetingTexts } from "./zh.js";

export const en: MeetingTexts = {
  list: (items) => items.join(", "),

  unknownInvitees: (names) =>
    `Sorry, I cannot find ${names} in the directory. Please check the names and list the people to notify again (names as in the directory).`,
  venueHeld: (room, when) => `The venue is held for the meeting: ${room}, ${when}.`,
  noticeSentNow: (count) =>
    `The meeting is less than 7 days away, so its notice and agenda went to ${count} attendee(s) at once.`,
  noticeScheduled: (day, count) =>
    `The notice and agenda go to ${count} attendee(s) on ${day} (7 days ahead).`,

  setupTask: (number, topic, when, place, items) =>
    `[Meeting set-up] ${number}: ${topic}, ${when}, at ${place}. Please set up the room and test the equipment within 3 working days before the meeting (G3): ${items}. When done, reply "setup done ${number}".`,
  setupButton: "Set-up done",
  setupConfirmed: (number) =>
    `Recorded: the set-up and equipment test of ${number} are done; the requester has been told.`,
  setupAlready: (number, at) => `The set-up of ${number} was already confirmed at ${at}.`,
  setupDoneNotice: (number, topic, who) =>
    `The room for your meeting ${number} (${topic}) is set up and the equipment tested (confirmed by ${who}).`,

  notice: (topic, when, place, organiser, number) =>
    `[Meeting notice] ${topic}\nTime: ${when}\nPlace: ${place}\nOrganiser: ${organiser}\nRef: ${number}`,
  agenda: (text) => `Agenda/materials: ${text}`,
  files: (names) => `Attachments: ${names}`,
  noticeSentToRequester: (number, count) =>
    `The notice and agenda of meeting ${number} went to ${count} attendee(s).`,

  minutesNotice: (number, topic, text) => `[Minutes] ${topic} (${number})\n${text}`,
  minutesSaved: (number, count) => `The minutes of ${number} are saved and went to ${count} people.`,
  minutesUsage: (number) => `Please add the minutes after the command, e.g. minutes ${number} 1. … 2. …`,
  minutesTooEarly: (number, at) => `Meeting ${number} starts ${at}; please send the minutes after it.`,
  cleanupTooEarly: (number, at) => `Meeting ${number} ends ${at}; please record the clean-up after it.`,
  cleanupNote: "Room cleared after the meeting",
  cleanedUp: (number) =>
    `Recorded: the room of ${number} is cleared. The ticket is resolved and the requester will be asked to rate it.`,
  cleanupAlready: (number) => `The clean-up of ${number} was already recorded.`,

  venueLine: (room, when, status) => `Venue: ${room} ${when} | ${status}`,
  setupLine: (done) => (done ? `Set-up: done (${done})` : "Set-up: waiting for the meetings team"),
  noticeLine: (sent, due) => (sent ? `Notice: sent ${sent}` : `Notice: goes out ${due}`),
  minutesLine: (at) => `Minutes: sent ${at}`,
  cleanupLine: (at) => `Clean-up: done ${at}`,

  missing: (number) => `I cannot find ticket ${number}; please check the number.`,
  notAMeeting: (number) => `${number} is not a meeting arrangement.`,
  teamOnly: "Sorry, only the meetings team or the office head can use this command.",
  cannotClose: (number) => `${number} cannot be resolved in its current state; check its status first.`,
};
