/** Archive categories (G2). */
export type ArchiveCategory = "admin" | "teaching" | "finance";

/** What an archiving command or conversation gives; `retentionYears` null means kept permanently. */
export interface ArchiveArgs {
  category?: ArchiveCategory;
  retentionYears?: number | null;
  location?: string;
  backupLocation?: string;
}

export type ArchivePart = keyof ArchiveArgs;

const categoryWords: Record<ArchiveCategory, readonly string[]> = {
  admin: ["行政", "行政类", "admin", "administration"],
  teaching: ["教学", "教学类", "教务", "teaching"],
  finance: ["财务", "财务类", "finance"],
};

const keyWords: Record<ArchivePart, readonly string[]> = {
  category: ["类别", "category"],
  retentionYears: ["保管期限", "期限", "retention"],
  location: ["存放位置", "位置", "location"],
  backupLocation: ["备份位置", "备份", "backup"],
};

/** "行政" / "teaching" → the category, or undefined. */
export function readCategory(text: string): ArchiveCategory | undefined {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(categoryWords) as ArchiveCategory[]).find((c) => categoryWords[c].includes(wanted));
}

/** "10年" / "10 years" / "永久" → years (null = permanent), or undefined when it is not a retention period. */
export function readRetention(text: string): number | null | undefined {
  const wanted = text.trim().toLowerCase();
  if (["永久", "长期", "permanent", "permanently"].includes(wanted)) return null;
  const years = /^(\d{1,3})\s*(?:年|years?|y)?$/.exec(wanted);
  const n = years ? Number(years[1]) : Number.NaN;
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : undefined;
}

/**
 * Reads "类别 行政 保管期限 10年 位置 档案室A柜3层 备份 电子档案库" (any order, any subset; English keys
 * category / retention / location / backup too). A part whose value cannot be read is listed in `bad`.
 */
export function readArchiveArgs(text: string): { args: ArchiveArgs; bad: ArchivePart[] } {
  const marks: { part: ArchivePart; at: number; length: number }[] = [];
  for (const part of Object.keys(keyWords) as ArchivePart[]) {
    for (const word of [...keyWords[part]].sort((a, b) => b.length - a.length)) {
      const pattern = new RegExp(`(?:^|\\s)(${word})(?=\\s|[:：]|$)`, "i");
      const match = pattern.exec(text);
      if (!match || marks.some((m) => match.index + match[0].length > m.at && match.index < m.at + m.length))
        continue;
      marks.push({ part, at: match.index + match[0].length - word.length, length: word.length });
      break;
    }
  }
  marks.sort((a, b) => a.at - b.at);
  const args: ArchiveArgs = {};
  const bad: ArchivePart[] = [];
  for (const [i, mark] of marks.entries()) {
    const end = marks[i + 1]?.at ?? text.length;
    const value = text
      .slice(mark.at + mark.length, end)
      .replace(/^[\s:：]+/, "")
      .trim();
    if (!value) {
      bad.push(mark.part);
    } else if (mark.part === "category") {
      const category = readCategory(value);
      if (category) args.category = category;
      else bad.push("category");
    } else if (mark.part === "retentionYears") {
      const years = readRetention(value);
      if (years === undefined) bad.push("retentionYears");
      else args.retentionYears = years;
    } else {
      args[mark.part] = value.slice(0, 100);
    }
  }
  return { args, bad };
}

/** The parts still missing, in the order a conversation asks them. */
export function missingParts(args: ArchiveArgs): ArchivePart[] {
  const order: ArchivePart[] = ["category", "retentionYears", "location", "backupLocation"];
  return order.filter((p) => args[p] === undefined);
}
