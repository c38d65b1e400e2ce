import { conflictsOf } from "../db/queries/bookings.js";
import { activeRooms } from "../engine/form-runtime/field-context.js";
import { parseTimeRange } from "../understanding/parsers/date-time.js";
import { parseCount } from "../understanding/parsers/numbers.js";
import { bookText, commandText } from "./booking-command-words.js";
import { slotText } from "./booking-format.js";
import { type BookingOutcome, type BookingScope, say } from "./booking-outcome.js";
import { equipmentIn, equipmentInEnglish, hasEquipment } from "./domain/equipment-rules.js";
import { bookingTexts } from "./texts/index.js";

const peopleWords = ["人", "位", "people", "persons", "participants", "attendees", "seats"];

/**
 * Free-room search in chat: "明天下午有哪些空会议室", "free rooms tomorrow 14:00-16:00 for 30 people". Rooms
 * with enough seats and the equipment named, free for the whole time, smallest first, each a button that
 * starts the booking.
 */
export function searchFreeRooms(scope: BookingScope, text: string): BookingOutcome {
  const { ctx, tx, locale } = scope;
  const t = bookingTexts(locale);
  const range = parseTimeRange(text, {
    now: ctx.clock(),
    timeZone: ctx.settings.timeZone,
    workStart: ctx.settings.workStart,
    workEnd: ctx.settings.workEnd,
  });
  if (!range) return say(t.freeRoomsNeedTime);
  if (!range.ok) return say(range.error[locale]);
  const slot = range.value;
  const counted = new RegExp(peopleWords.join("|"), "i").test(text)
    ? parseCount(text, { min: 1, max: 10_000, unitWords: peopleWords })
    : undefined;
  if (counted && !counted.ok) return say(counted.error[locale]);
  const seats = counted?.value;
  const equipment = equipmentIn(text);
  const fitting = activeRooms(ctx)
    .filter((r) => r.capacity >= (seats ?? 1) && hasEquipment(r.equipment, equipment))
    .sort((a, b) => a.capacity - b.capacity || a.id.localeCompare(b.id));
  const free = fitting.filter((r) => conflictsOf(tx, r.id, slot.start, slot.end).length === 0);
  const when = slotText(ctx, slot, locale);
  const name = (r: (typeof fitting)[number]) => (locale === "en" ? (r.nameEn ?? r.name) : r.name);
  if (free.length === 0) {
    const example = fitting[0]
      ? commandText("waitlist", locale, name(fitting[0]), when)
      : commandText("waitlist", locale);
    return say(t.noFreeRooms(when, example));
  }
  const items = (list: readonly string[]) => t.list(locale === "en" ? list.map(equipmentInEnglish) : list);
  const lines = free.map((r, i) =>
    t.freeRoomLine(i + 1, name(r), r.building, r.capacity, items(r.equipment)),
  );
  const title = t.freeRoomsTitle(when, t.freeRoomsFilter(seats, items(equipment)));
  const choices = free.slice(0, 6).map((r) => ({ label: name(r), value: bookText(locale, name(r), when) }));
  return say([title, ...lines, t.pickRoomHint].join("\n"), choices);
}
