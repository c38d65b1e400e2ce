import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { type HolidayArrangementEntry, holidayArrangementSchema } from "./directory-schema.js";

const fileName = /^holidays-(\d{4})\.ya?ml$/;

/** The file beside the directory that holds a year's official arrangement: `holidays-2027.yaml`. */
export function arrangementFileName(year: number): string {
  return `holidays-${year}.yaml`;
}

/**
 * Reads every `holidays-YYYY.yaml` in `folder` (the directory file's folder). A bad file throws with its path
 * and the entry at fault, as the directory does; a file whose `year` is not the one in its name is refused.
 */
export function loadArrangementFiles(
  folder: string,
  fail: (message: string) => Error,
  formatIssues: (issues: z.core.$ZodIssue[]) => string,
): HolidayArrangementEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => fileName.test(name))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      let raw: unknown;
      try {
        raw = parse(readFileSync(path, "utf8"));
      } catch (error) {
        throw fail(`${path}: not valid YAML: ${(error as Error).message}`);
      }
      const result = holidayArrangementSchema.safeParse(raw);
      if (!result.success)
        throw fail(`${path}: invalid holiday arrangement:\n  ${formatIssues(result.error.issues)}`);
      const year = Number(fileName.exec(name)?.[1]);
      if (result.data.year !== year) throw fail(`${path}: year: expected ${year} as in the file's name`);
      return { ...result.data, source: result.data.source ?? name };
    });
}
