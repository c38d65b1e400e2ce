import { and, eq, or } from "drizzle-orm";
import type { Sender } from "../../engine/inbound.js";
import type { DbOrTx } from "../database.js";
import { people, personPosts, posts } from "../schema.js";

export type Person = typeof people.$inferSelect;

export interface PersonWithPosts extends Person {
  postIds: string[];
  isHead: boolean;
}

export type WechatMatch = "alias-then-name" | "alias" | "name";

function findBySender(db: DbOrTx, sender: Sender, wechatMatch: WechatMatch): Person | undefined {
  switch (sender.channel) {
    case "slack":
      return db.select().from(people).where(eq(people.slackUserId, sender.userId)).get();
    case "console":
      return (
        db
          .select()
          .from(people)
          .where(and(eq(people.name, sender.userId), eq(people.inDirectory, true)))
          .get() ?? db.select().from(people).where(eq(people.name, sender.userId)).get()
      );
    case "wechat": {
      const known = db.select().from(people).where(eq(people.wechatId, sender.userId)).get();
      if (known) return known;
      const byAlias =
        wechatMatch !== "name" && sender.wechatAlias
          ? db
              .select()
              .from(people)
              .where(and(eq(people.wechatAlias, sender.wechatAlias), eq(people.inDirectory, true)))
              .get()
          : undefined;
      const byName =
        !byAlias && wechatMatch !== "alias" && sender.wechatName
          ? db
              .select()
              .from(people)
              .where(
                and(
                  or(eq(people.wechatName, sender.wechatName), eq(people.name, sender.wechatName)),
                  eq(people.inDirectory, true),
                ),
              )
              .get()
          : undefined;
      const staff = byAlias ?? byName;
      if (staff) db.update(people).set({ wechatId: sender.userId }).where(eq(people.id, staff.id)).run();
      return staff ? { ...staff, wechatId: sender.userId } : undefined;
    }
  }
}

/** The person behind a chat user: a directory member when they match, otherwise a requester created on first contact. */
export function resolvePerson(
  db: DbOrTx,
  sender: Sender,
  wechatMatch: WechatMatch = "alias-then-name",
): Person {
  const found = findBySender(db, sender, wechatMatch);
  if (found) return found;
  const name = (sender.displayName ?? sender.wechatName ?? sender.userId).slice(0, 80);
  return db
    .insert(people)
    .values({
      name,
      slackUserId: sender.channel === "slack" ? sender.userId : null,
      wechatId: sender.channel === "wechat" ? sender.userId : null,
      wechatName: sender.channel === "wechat" ? (sender.wechatName ?? null) : null,
      wechatAlias: sender.channel === "wechat" ? (sender.wechatAlias ?? null) : null,
      preferredChannel: sender.channel,
      inDirectory: false,
    })
    .returning()
    .get();
}

export function withPosts(db: DbOrTx, person: Person): PersonWithPosts {
  const rows = db
    .select({ postId: personPosts.postId, isHead: posts.isHead })
    .from(personPosts)
    .innerJoin(posts, eq(posts.id, personPosts.postId))
    .where(eq(personPosts.personId, person.id))
    .all();
  return { ...person, postIds: rows.map((r) => r.postId), isHead: rows.some((r) => r.isHead) };
}

export function getPerson(db: DbOrTx, id: number): Person | undefined {
  return db.select().from(people).where(eq(people.id, id)).get();
}

export function findStaffByName(db: DbOrTx, name: string): Person | undefined {
  return db
    .select()
    .from(people)
    .where(and(eq(people.name, name), eq(people.inDirectory, true)))
    .get();
}

export function membersOfPost(db: DbOrTx, postId: string): Person[] {
  return db
    .select({ person: people })
    .from(personPosts)
    .innerJoin(people, eq(people.id, personPosts.personId))
    .where(eq(personPosts.postId, postId))
    .all()
    .map((r) => r.person);
}

export function officeHeads(db: DbOrTx): Person[] {
  return db
    .selectDistinct({ person: people })
    .from(personPosts)
    .innerJoin(posts, eq(posts.id, personPosts.postId))
    .innerJoin(people, eq(people.id, personPosts.personId))
    .where(eq(posts.isHead, true))
    .all()
    .map((r) => r.person);
}

export type Post = typeof posts.$inferSelect;

export function allPosts(db: DbOrTx): Post[] {
  return db.select().from(posts).all();
}

export function getPost(db: DbOrTx, id: string): Post | undefined {
  return db.select().from(posts).where(eq(posts.id, id)).get();
}
