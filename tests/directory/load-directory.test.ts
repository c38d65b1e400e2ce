import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DirectoryError, loadDirectory, parseDirectory } from "../../src/directory/load-directory.js";

const example = readFileSync("examples/directory.yaml", "utf8");

function errorOf(text: string): string {
  try {
    parseDirectory(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DirectoryError);
    return (error as Error).message;
  }
  throw new Error("expected the directory to be refused");
}

describe("the office directory", () => {
  it("loads the shipped example with posts, people, rooms, routes and calendar overrides", () => {
    const directory = loadDirectory("examples/directory.yaml");
    expect(directory.posts.map((p) => p.name)).toEqual(
      expect.arrayContaining(["办公室负责人", "文印岗", "会务组", "协调岗", "后勤"]),
    );
    expect(directory.posts.filter((p) => p.head)).toHaveLength(1);
    expect(directory.people.find((p) => p.name === "刘师傅")?.wechat?.alias).toBe("liu-shifu");
    expect(directory.rooms.find((r) => r.id === "r301")?.capacity).toBe(20);
    expect(directory.routes.repair).toBe("houqin");
    expect(directory.calendar.length).toBeGreaterThan(0);
  });

  it("names the exact entry when a person belongs to an unknown post", () => {
    const bad = example.replace("posts: [houqin]", "posts: [houqin, kitchen]");
    expect(errorOf(bad)).toMatch(/people\[4\]\.posts\[1\]: unknown post "kitchen"/);
  });

  it("names the exact entry of a malformed Slack id", () => {
    expect(errorOf(example.replace("slack: U0XIETIAO1", "slack: zhao"))).toMatch(
      /people\[3\]\.slack: .*Slack user id/,
    );
  });

  it("names a route to a post that does not exist", () => {
    expect(errorOf(example.replace("supplies: houqin", "supplies: store"))).toMatch(
      /routes\.supplies: unknown post "store"/,
    );
  });

  it("refuses a room without a capacity, pointing at the room", () => {
    expect(errorOf(example.replace("    capacity: 8\n", ""))).toMatch(/rooms\[1\]\.capacity/);
  });

  it("refuses a calendar override with a bad date", () => {
    expect(errorOf(example.replace('date: "2026-12-31"', 'date: "31/12/2026"'))).toMatch(
      /calendar\[0\]\.date: expected a date/,
    );
  });

  it("reads the school's semesters and refuses one that ends before it starts", () => {
    const semesters = '\nsemesters:\n  - { name: 2026秋季学期, from: "2026-08-31", to: "2027-01-22" }\n';
    expect(parseDirectory(example + semesters).semesters).toEqual([
      { name: "2026秋季学期", from: "2026-08-31", to: "2027-01-22" },
    ]);
    expect(errorOf(example + semesters.replace('"2027-01-22"', '"2026-01-22"'))).toMatch(
      /semesters\[0\]\.to/,
    );
  });

  it("requires an office head post", () => {
    expect(errorOf(example.replace("    head: true\n", ""))).toMatch(
      /posts: expected one post with head: true/,
    );
  });

  it("says so when the file is not YAML or cannot be read", () => {
    expect(errorOf("posts: [unclosed")).toMatch(/not valid YAML/);
    expect(() => loadDirectory("/no/such/directory.yaml")).toThrow(/cannot read OFFICE_DIRECTORY/);
  });
});

describe("official holiday arrangements", () => {
  const withFolder = (files: Record<string, string>, run: (path: string) => void, directory = example) => {
    const dir = mkdtempSync(join(tmpdir(), "office-desk-dir-"));
    try {
      writeFileSync(join(dir, "directory.yaml"), directory);
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      run(join(dir, "directory.yaml"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const y2027 =
    'year: 2027\nholidays:\n  - { date: "2027-02-05", to: "2027-02-11", name: 春节 }\nworkdays:\n  - { date: "2027-02-20" }\n';

  it("loads holidays-2027.yaml from beside the directory file", () => {
    withFolder({ "holidays-2027.yaml": y2027 }, (path) => {
      const [a] = loadDirectory(path).holiday_arrangements;
      expect(a).toMatchObject({
        year: 2027,
        source: "holidays-2027.yaml",
        workdays: [{ date: "2027-02-20" }],
      });
    });
  });

  it("refuses a file whose year is not the one in its name, naming the file", () => {
    withFolder({ "holidays-2028.yaml": y2027 }, (path) => {
      expect(() => loadDirectory(path)).toThrow(/holidays-2028\.yaml: year: expected 2028/);
    });
  });

  it("refuses a day-off range that ends before it starts, pointing at the entry", () => {
    withFolder({ "holidays-2027.yaml": y2027.replace('to: "2027-02-11"', 'to: "2027-02-01"') }, (path) => {
      expect(() => loadDirectory(path)).toThrow(/holidays\[0\]\.to: expected 'to' on or after 'date'/);
    });
  });

  it("refuses the same year both in the directory and beside it", () => {
    const inline = `${example}\nholiday_arrangements:\n  - year: 2027\n    holidays: [{ date: "2027-01-01" }]\n`;
    withFolder(
      { "holidays-2027.yaml": y2027 },
      (path) => expect(() => loadDirectory(path)).toThrow(/2027 arrangement is both beside/),
      inline,
    );
  });
});
