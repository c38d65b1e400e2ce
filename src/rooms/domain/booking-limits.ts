/** Per-person booking limits from the directory's `booking_limits`. */
export interface BookingLimitRules {
  maxDaysAhead: number;
  maxHours: number;
  maxOpen: number;
}

export interface LimitInput {
  /** Local dates ("YYYY-MM-DD") of today and of the latest occurrence asked for. */
  today: string;
  lastDay: string;
  /** Length of one occurrence in minutes. */
  minutes: number;
  /** Open bookings the person already holds (a recurring series counts once). */
  openCount: number;
}

export type LimitRefusal =
  | { limit: "days-ahead"; max: number; latestDay: string }
  | { limit: "too-long"; max: number; hours: number }
  | { limit: "too-many"; max: number; open: number };

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * The first limit a request breaks, or undefined when it is within all of them.
 *
 * ```ts
 * checkLimits(rules, { today: "2026-11-26", lastDay: "2027-03-01", minutes: 90, openCount: 0 });
 * // { limit: "days-ahead", max: 60, latestDay: "2027-01-25" }
 * ```
 */
export function checkLimits(rules: BookingLimitRules, input: LimitInput): LimitRefusal | undefined {
  const ahead = dayNumber(input.lastDay) - dayNumber(input.today);
  if (ahead > rules.maxDaysAhead) {
    const latest = new Date((dayNumber(input.today) + rules.maxDaysAhead) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return { limit: "days-ahead", max: rules.maxDaysAhead, latestDay: latest };
  }
  if (input.minutes > rules.maxHours * 60) {
    return { limit: "too-long", max: rules.maxHours, hours: Math.round((input.minutes / 60) * 10) / 10 };
  }
  if (input.openCount >= rules.maxOpen)
    return { limit: "too-many", max: rules.maxOpen, open: input.openCount };
  return undefined;
}
