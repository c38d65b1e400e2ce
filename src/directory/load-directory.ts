import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { type Directory, directorySchema } from "./directory-schema.js";

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
    const lines = result.error.issues.map(
      (issue) => `${formatPath(issue.path) || "(top level)"}: ${issue.message}`,
    );
    throw new DirectoryError(`${source}: invalid directory:\n  ${lines.join("\n  ")}`);
  }
  return result.data;
}

export function loadDirectory(path: string): Directory {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DirectoryError(`cannot read OFFICE_DIRECTORY file ${path}: ${(error as Error).message}`);
  }
  return parseDirectory(text, path);
}
