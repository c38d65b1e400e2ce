import { and, eq, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { preparedQuery, rowDecoder, statementOn } from "../prepared-queries.js";
import { people, personPosts, posts } from "../schema.js";

export type Person = typeof people.$inferSelect;

export interface PersonWithPosts extends Person {
  postIds: string[];
  isHead: boolean;
}

type Address = "slackUserId" | "wechatId" | "name";

const decodePerson = rowDecoder(people);

// By name, a directory member comes before a requester who happens to share the name.
const byAddress = (address: Address) =>
  `select * from people where ${people[address].name} = ? order by in_directory desc, id limit 1`;

const addressQueries: Record<Address, string> = {
  slackUserId: byAddress("slackUserId"),
  wechatId: byAddress("wechatId"),
  name: byAddress("name"),
};

/** Looks a person up by one of their chat addresses. */
export function personByAddress(db: DbOrTx, address: Address, value: string): Person | undefined {
  const row = statementOn(db, addressQueries[address]).get(value);
  return row === undefined ? undefined : decodePerson(row);
}

/** A directory member by WeChat alias, or by WeChat nickname or real name. */
export function staffByWechat(db: DbOrTx, by: "alias" | "name", value: string): Person | undefined {
  const match =
    by === "alias" ? eq(people.wechatAlias, value) : or(eq(people.wechatName, value), eq(people.name, value));
  return db
    .select()
    .from(people)
    .where(and(match, eq(people.inDirectory, true)))
    .get();
}

export function rememberWechatId(db: DbOrTx, personId: number, wechatId: string): void {
  db.update(people).set({ wechatId }).where(eq(people.id, personId)).run();
}

export function rememberLocale(db: DbOrTx, personId: number, locale: Person["locale"]): void {
  db.update(people).set({ locale }).where(eq(people.id, personId)).run();
}

/**
 * Gives a requester first seen on Slack the name Slack knows them by, when their name is still the Slack id they
 * were created with (the name is looked up after their first message was taken). Staff keep the directory's.
 */
export function nameSlackRequester(db: DbOrTx, slackUserId: string, name: string): boolean {
  return (
    db
      .update(people)
      .set({ name })
      .where(
        and(eq(people.slackUserId, slackUserId), eq(people.name, slackUserId), eq(people.inDirectory, false)),
      )
      .run().changes > 0
  );
}

export type NewPerson = typeof people.$inferInsert;

export function insertPerson(db: DbOrTx, person: NewPerson): Person {
  return db.insert(people).values(person).returning().get();
}

const postsOfPerson = `select person_posts.post_id as postId, posts.is_head as isHead from person_posts
  join posts on posts.id = person_posts.post_id where person_posts.person_id = ?`;

export function withPosts(db: DbOrTx, person: Person): PersonWithPosts {
  const rows = statementOn(db, postsOfPerson).all(person.id) as { postId: string; isHead: number }[];
  return { ...person, postIds: rows.map((r) => r.postId), isHead: rows.some((r) => r.isHead === 1) };
}

const personById = (db: DbOrTx) =>
  db
    .select()
    .from(people)
    .where(eq(people.id, sql.placeholder("id")))
    .prepare();

export function getPerson(db: DbOrTx, id: number): Person | undefined {
  return preparedQuery(db, personById).get({ id });
}

const staffByName = (db: DbOrTx) =>
  db
    .select()
    .from(people)
    .where(and(eq(people.name, sql.placeholder("name")), eq(people.inDirectory, true)))
    .prepare();

export function findStaffByName(db: DbOrTx, name: string): Person | undefined {
  return preparedQuery(db, staffByName).get({ name });
}

const postMembers = (db: DbOrTx) =>
  db
    .select({ person: people })
    .from(personPosts)
    .innerJoin(people, eq(people.id, personPosts.personId))
    .where(eq(personPosts.postId, sql.placeholder("postId")))
    .prepare();

export function membersOfPost(db: DbOrTx, postId: string): Person[] {
  return preparedQuery(db, postMembers)
    .all({ postId })
    .map((r) => r.person);
}

const heads = (db: DbOrTx) =>
  db
    .selectDistinct({ person: people })
    .from(personPosts)
    .innerJoin(posts, eq(posts.id, personPosts.postId))
    .innerJoin(people, eq(people.id, personPosts.personId))
    .where(eq(posts.isHead, true))
    .prepare();

export function officeHeads(db: DbOrTx): Person[] {
  return preparedQuery(db, heads)
    .all()
    .map((r) => r.person);
}

export type Post = typeof posts.$inferSelect;

export function allPosts(db: DbOrTx): Post[] {
  return db.select().from(posts).all();
}

const postById = (db: DbOrTx) =>
  db
    .select()
    .from(posts)
    .where(eq(posts.id, sql.placeholder("id")))
    .prepare();

export function getPost(db: DbOrTx, id: string): Post | undefined {
  return preparedQuery(db, postById).get({ id });
}
