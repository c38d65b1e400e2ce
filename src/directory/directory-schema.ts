import { z } from "zod";

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, {
  message: "expected a short id of lowercase letters, digits, '-' or '_' (e.g. wenyin)",
});
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date as YYYY-MM-DD" });
const channelName = z.enum(["slack", "wechat", "console"]);

export const postSchema = z.object({
  id,
  name: z.string().min(1),
  name_en: z.string().min(1).optional(),
  /** The office head's post: sees every ticket, gets escalations and urgent tickets. */
  head: z.boolean().default(false),
});

export const personSchema = z.object({
  name: z.string().min(1),
  posts: z.array(id).default([]),
  slack: z
    .string()
    .regex(/^[UW][A-Z0-9]{2,}$/, { message: "expected a Slack user id such as U012ABCDEF" })
    .optional(),
  wechat: z
    .object({ alias: z.string().min(1).optional(), name: z.string().min(1).optional() })
    .refine((w) => w.alias !== undefined || w.name !== undefined, {
      message: "expected at least an alias or a name",
    })
    .optional(),
  preferred: channelName.optional(),
  locale: z.enum(["zh", "en"]).optional(),
  /** The person's department when it is not the office (a school leader, another office), shown with them. */
  department: z.string().min(1).optional(),
});

export const roomSchema = z.object({
  id,
  name: z.string().min(1),
  name_en: z.string().min(1).optional(),
  building: z.string().min(1),
  capacity: z.number().int().positive(),
  equipment: z.array(z.string().min(1)).default([]),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(["meeting", "classroom", "hall", "lab"]).default("meeting"),
});

export const calendarOverrideSchema = z
  .object({
    date: localDate,
    to: localDate.optional(),
    working: z.boolean(),
    reason: z.string().optional(),
  })
  .refine((o) => o.to === undefined || o.to >= o.date, {
    message: "expected 'to' on or after 'date'",
    path: ["to"],
  });

const namedDay = z.object({ date: localDate, name: z.string().min(1).optional() });

/**
 * A year's official holiday arrangement (国务院办公厅 部分节假日安排的通知): days off (single days or ranges) and
 * the make-up working days. It replaces the holiday data and the computed statutory holidays for its year.
 */
export const holidayArrangementSchema = z
  .object({
    year: z.number().int().min(2000).max(2999),
    source: z.string().min(1).optional(),
    holidays: z.array(namedDay.extend({ to: localDate.optional() })).min(1),
    workdays: z.array(namedDay).default([]),
  })
  .superRefine((a, ctx) => {
    const near = (date: string) => Math.abs(Number(date.slice(0, 4)) - a.year) <= 1;
    a.holidays.forEach((h, i) => {
      if (!near(h.date))
        ctx.addIssue({ code: "custom", path: ["holidays", i, "date"], message: `not near ${a.year}` });
      if (h.to !== undefined && h.to < h.date)
        ctx.addIssue({
          code: "custom",
          path: ["holidays", i, "to"],
          message: "expected 'to' on or after 'date'",
        });
    });
    a.workdays.forEach((w, i) => {
      if (!near(w.date))
        ctx.addIssue({ code: "custom", path: ["workdays", i, "date"], message: `not near ${a.year}` });
    });
  });

export const bookingLimitsSchema = z.object({
  max_days_ahead: z.number().int().positive().default(60),
  max_hours: z.number().positive().default(8),
  max_open: z.number().int().positive().default(10),
});

/** Another department the office refers people to: what it handles and how to reach it (G12). */
export const referralSchema = z.object({
  id,
  department: z.string().min(1),
  department_en: z.string().min(1),
  /** Short words of what it handles ("公积金", "调课"); they also teach the intent model. */
  topics: z.array(z.string().min(1)).min(1),
  contact: z.string().min(1),
  contact_en: z.string().min(1),
  /** Sentences people say when they bring one of these topics to the office. */
  examples: z.array(z.string().min(1)).default([]),
});

/** A catalogue item of the supplies desk (G8); the seed adds missing items and never overwrites counted stock. */
export const supplyItemSchema = z.object({
  name: z.string().min(1),
  name_en: z.string().min(1).optional(),
  unit: z.string().min(1),
  category: z.enum(["office", "teaching"]).default("office"),
  /** Stock on the first start only; later the desk's 入库 and 盘点 set it. */
  stock: z.number().int().min(0).default(0),
  min: z.number().int().min(0).default(0),
  aliases: z.array(z.string().min(1)).default([]),
});
/** A semester of the school (for `统计 本学期`); without any, autumn is 09-01…01-31 and spring 02-01…08-31. */
export const semesterSchema = z
  .object({ name: z.string().min(1).optional(), from: localDate, to: localDate })
  .refine((s) => s.to >= s.from, { message: "expected 'to' on or after 'from'", path: ["to"] });

export const directorySchema = z
  .object({
    posts: z.array(postSchema).min(1),
    people: z.array(personSchema).default([]),
    rooms: z.array(roomSchema).default([]),
    routes: z.record(z.string(), id).default({}),
    calendar: z.array(calendarOverrideSchema).default([]),
    holiday_arrangements: z.array(holidayArrangementSchema).default([]),
    booking_limits: bookingLimitsSchema.default({ max_days_ahead: 60, max_hours: 8, max_open: 10 }),
    referrals: z.array(referralSchema).default([]),
    supplies: z.array(supplyItemSchema).default([]),
    /** The teaching department's approver of teaching consumables (G8): a person listed under `people`. */
    supplies_approver: z.string().min(1).optional(),
    semesters: z.array(semesterSchema).default([]),
    /** The school leader who signs off major notices (G4) before they are published; a name under people. */
    notice_leader: z.string().min(1).optional(),
    /** Who works through the monthly audit (G18): a person listed under `people`; default the office head. */
    auditor: z.string().min(1).optional(),
  })
  .superRefine((dir, ctx) => {
    const postIds = new Set(dir.posts.map((p) => p.id));
    const unique = <T>(items: T[], key: (item: T) => string | undefined, where: string, what: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        const k = key(item);
        if (k === undefined) return;
        if (seen.has(k))
          ctx.addIssue({ code: "custom", path: [where, i], message: `duplicate ${what} "${k}"` });
        seen.add(k);
      });
    };
    unique(dir.posts, (p) => p.id, "posts", "post id");
    unique(dir.people, (p) => p.name, "people", "person name");
    unique(dir.people, (p) => p.slack, "people", "Slack user id");
    unique(dir.rooms, (r) => r.id, "rooms", "room id");
    unique(dir.referrals, (r) => r.id, "referrals", "referral id");
    unique(dir.supplies, (s) => s.name, "supplies", "supply item");
    if (dir.supplies_approver !== undefined && !dir.people.some((p) => p.name === dir.supplies_approver)) {
      ctx.addIssue({
        code: "custom",
        path: ["supplies_approver"],
        message: `unknown person "${dir.supplies_approver}" (expected a name listed under people)`,
      });
    }
    unique(dir.holiday_arrangements, (a) => String(a.year), "holiday_arrangements", "year");
    if (!dir.posts.some((p) => p.head)) {
      ctx.addIssue({
        code: "custom",
        path: ["posts"],
        message: "expected one post with head: true (办公室负责人)",
      });
    }
    dir.people.forEach((person, i) => {
      person.posts.forEach((post, j) => {
        if (!postIds.has(post)) {
          ctx.addIssue({
            code: "custom",
            path: ["people", i, "posts", j],
            message: `unknown post "${post}"`,
          });
        }
      });
    });
    if (dir.notice_leader !== undefined && !dir.people.some((p) => p.name === dir.notice_leader)) {
      ctx.addIssue({
        code: "custom",
        path: ["notice_leader"],
        message: `unknown person "${dir.notice_leader}" (expected a name under people)`,
      });
    }
    if (dir.auditor !== undefined && !dir.people.some((p) => p.name === dir.auditor)) {
      ctx.addIssue({ code: "custom", path: ["auditor"], message: `unknown person "${dir.auditor}"` });
    }
    for (const [service, post] of Object.entries(dir.routes)) {
      if (!postIds.has(post)) {
        ctx.addIssue({ code: "custom", path: ["routes", service], message: `unknown post "${post}"` });
      }
    }
  });

export type Directory = z.infer<typeof directorySchema>;
export type DirectoryPost = z.infer<typeof postSchema>;
export type DirectoryPerson = z.infer<typeof personSchema>;
export type DirectoryRoom = z.infer<typeof roomSchema>;
export type HolidayArrangementEntry = z.infer<typeof holidayArrangementSchema>;
export type BookingLimits = z.infer<typeof bookingLimitsSchema>;
export type DirectorySupplyItem = z.infer<typeof supplyItemSchema>;
export type DirectoryReferral = z.infer<typeof referralSchema>;
