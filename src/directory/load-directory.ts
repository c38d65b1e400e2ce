import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { type Directory, directorySchema } from "./directory-schema.js";
import { loadArrangementFiles } from "./holiday-arrangement-files.js";

export class DirectoryError extends Error {
  override name = "DirectoryError";
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) =>
      typeof part === "number" ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part),
    "",
  );
}

/** Parses directory YAML text; a bad entry throws a DirectoryError naming its exact path, e.g. `people[2].posts[0]`. */
export function parseDirectory(text: string, source = "directory"): Directory {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new DirectoryError(`${source}: not valid YAML: ${(error as Error).message}`);
  }
  const result = directorySchema.safeParse(raw);
  if (!result.success) {
    throw new DirectoryError(`${source}: invalid directory:\n  ${formatIssues(result.error.issues)}`);
  }
  return result.data;
}

function formatIssues(issues: z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${formatPath(issue.path) || "(top level)"}: ${issue.message}`).join("\n  ");
}

export function loadDirectory(path: string): Directory {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DirectoryError(`cannot read OFFICE_DIRECTORY file ${path}: ${(error as Error).message}`);
  }
  const directory = parseDirectory(text, path);
  // A year's official arrangement may also sit beside the directory file as holidays-YYYY.yaml.
  const files = loadArrangementFiles(dirname(path), (message) => new DirectoryError(message), formatIssues);
  for (const file of files) {
    if (directory.holiday_arrangements.some((a) => a.year === file.year)) {
      throw new DirectoryError(
        `the ${file.year} arrangement is both beside ${path} (holidays-${file.year}.yaml) and in its holiday_arrangements; keep one`,
      );
    }
    directory.holiday_arrangements.push(file);
  }
  return directory;
}
