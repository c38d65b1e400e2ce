import { afterEach, describe, expect, it } from "vitest";
import { closeDatabase, type Db, type DbOrTx, openDatabase } from "../../src/db/database.js";
import { syncDirectory } from "../../src/db/queries/directory-sync.js";
import { membersOfPost, officeHeads } from "../../src/db/queries/people.js";
import { people, rooms } from "../../src/db/schema.js";
import { loadDirectory } from "../../src/directory/load-directory.js";
import { tempDbPath } from "../support/temp-db.js";

const directory = loadDirectory("examples/directory.yaml");
let cleanup: () => void = () => {};
let db: Db | undefined;

afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  cleanup();
});

function fresh(): Db {
  const tmp = tempDbPath();
  cleanup = tmp.cleanup;
  db = openDatabase(tmp.path);
  return db;
}

describe("the database file", () => {
  it("is created and migrated on first open, with WAL, foreign keys and a busy timeout", () => {
    const d = fresh();
    const tables = d.$client.prepare("select name from sqlite_master where type='table'").all() as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        "tickets",
        "ticket_events",
        "ticket_deadlines",
        "conversations",
        "outbox",
        "bookings",
        "ratings",
        "people",
        "posts",
        "rooms",
      ]),
    );
    expect(d.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(d.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(d.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("opens again without re-applying migrations", () => {
    const tmp = tempDbPath();
    cleanup = tmp.cleanup;
    closeDatabase(openDatabase(tmp.path));
    db = openDatabase(tmp.path);
    const applied = db.$client.prepare("select count(*) n from __drizzle_migrations").get() as { n: number };
    expect(applied.n).toBeGreaterThan(0);
  });

  it("refuses a ticket pointing at a person that does not exist (foreign keys are on)", () => {
    const d = fresh();
    syncDirectory(d, directory);
    expect(() =>
      d.$client
        .prepare(
          "insert into tickets (number, type, flow_version, fields, summary, requester_id, post_id, channel, updated_at) values ('x', 'repair', 1, '{}', 's', 9999, 'houqin', 'console', 0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe("transactions", () => {
  const names = (d: Db) =>
    d
      .select({ name: people.name })
      .from(people)
      .orderBy(people.id)
      .all()
      .map((p) => p.name);
  const add = (d: DbOrTx, name: string) => d.insert(people).values({ name }).run();

  it("keep all of their writes or none, and an inner one that fails undoes only its own", () => {
    const d = fresh();
    d.transaction(
      (tx) => {
        add(tx, "王老师");
        expect(() =>
          tx.transaction((inner) => {
            add(inner, "李老师");
            throw new Error("the inner part fails");
          }),
        ).toThrow("the inner part fails");
        add(tx, "张老师");
      },
      { behavior: "immediate" },
    );
    expect(() =>
      d.transaction((tx) => {
        add(tx, "赵老师");
        throw new Error("the whole turn fails");
      }),
    ).toThrow("the whole turn fails");
    expect(names(d)).toEqual(["王老师", "张老师"]);
    expect(d.$client.inTransaction).toBe(false);
  });

  it("return their body's value, whichever way they begin", () => {
    const d = fresh();
    for (const behavior of ["deferred", "immediate", "exclusive"] as const)
      expect(d.transaction((tx) => add(tx, behavior).changes, { behavior })).toBe(1);
    expect(names(d)).toEqual(["deferred", "immediate", "exclusive"]);
  });
});

describe("the directory in the database", () => {
  it("mirrors posts, staff with their posts, and rooms", () => {
    const d = fresh();
    syncDirectory(d, directory);
    expect(membersOfPost(d, "houqin").map((p) => p.name)).toEqual(["刘师傅"]);
    expect(officeHeads(d).map((p) => p.name)).toEqual(["张主任"]);
    expect(d.select().from(rooms).all()).toHaveLength(directory.rooms.length);
  });

  it("can be synced again after an edit: leavers lose their posts but keep their history", () => {
    const d = fresh();
    syncDirectory(d, directory);
    const edited = { ...directory, people: directory.people.filter((p) => p.name !== "刘师傅") };
    syncDirectory(d, edited);
    syncDirectory(d, edited);
    expect(membersOfPost(d, "houqin")).toEqual([]);
    const liu = d
      .select()
      .from(people)
      .all()
      .filter((p) => p.name === "刘师傅");
    expect(liu).toHaveLength(1);
    expect(liu[0]!.inDirectory).toBe(false);
  });

  it("starts with more requesters known than SQLite can bind as variables (a district's teachers)", () => {
    const d = fresh();
    syncDirectory(d, directory);
    d.$client.exec(`insert into people (name)
      with recursive n(i) as (select 1 union all select i + 1 from n where i < 40000) select '老师' || i from n`);
    syncDirectory(d, directory);
    expect(membersOfPost(d, "houqin").map((p) => p.name)).toEqual(["刘师傅"]);
    expect(
      d
        .select()
        .from(people)
        .all()
        .filter((p) => p.inDirectory),
    ).toHaveLength(directory.people.length);
  });
});
