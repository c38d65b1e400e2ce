import { eq, inArray, notInArray } from "drizzle-orm";
import type { Directory } from "../../directory/directory-schema.js";
import type { Db } from "../database.js";
import { people, personPosts, posts, rooms } from "../schema.js";
import { roomsChanged } from "./rooms.js";
import { seedSupplyItems } from "./supplies.js";

/**
 * Mirrors the directory file into the database in one transaction: posts, staff and their posts, rooms,
 * the supplies catalogue (new items only keep the file's stock).
 * People who left the directory keep their history but lose their posts.
 */
export function syncDirectory(db: Db, directory: Directory): void {
  db.transaction((tx) => {
    for (const post of directory.posts) {
      const row = { name: post.name, nameEn: post.name_en ?? null, isHead: post.head };
      tx.insert(posts)
        .values({ id: post.id, ...row })
        .onConflictDoUpdate({ target: posts.id, set: row })
        .run();
    }
    const names = directory.people.map((p) => p.name);
    const leavers = tx
      .select({ id: people.id })
      .from(people)
      .where(names.length > 0 ? notInArray(people.name, names) : undefined)
      .all()
      .map((r) => r.id);
    if (leavers.length > 0) {
      tx.update(people).set({ inDirectory: false }).where(inArray(people.id, leavers)).run();
      tx.delete(personPosts).where(inArray(personPosts.personId, leavers)).run();
    }
    for (const person of directory.people) {
      const row = {
        name: person.name,
        slackUserId: person.slack ?? null,
        wechatAlias: person.wechat?.alias ?? null,
        wechatName: person.wechat?.name ?? null,
        preferredChannel: person.preferred ?? null,
        locale: person.locale ?? null,
        inDirectory: true,
      };
      // A Slack id first seen in chat (as an unknown requester) now belongs to this staff member.
      if (person.slack) {
        tx.update(people).set({ slackUserId: null }).where(eq(people.slackUserId, person.slack)).run();
      }
      const existing = tx.select({ id: people.id }).from(people).where(eq(people.name, person.name)).get();
      if (existing) tx.update(people).set(row).where(eq(people.id, existing.id)).run();
      const id = existing?.id ?? tx.insert(people).values(row).returning({ id: people.id }).get().id;
      tx.delete(personPosts).where(eq(personPosts.personId, id)).run();
      for (const postId of person.posts) tx.insert(personPosts).values({ personId: id, postId }).run();
    }
    const roomIds = directory.rooms.map((r) => r.id);
    tx.update(rooms)
      .set({ active: false })
      .where(roomIds.length > 0 ? notInArray(rooms.id, roomIds) : undefined)
      .run();
    for (const room of directory.rooms) {
      const row = {
        name: room.name,
        nameEn: room.name_en ?? null,
        building: room.building,
        capacity: room.capacity,
        equipment: room.equipment,
        aliases: room.aliases,
        kind: room.kind,
        active: true,
      };
      tx.insert(rooms)
        .values({ id: room.id, ...row })
        .onConflictDoUpdate({ target: rooms.id, set: row })
        .run();
    }
    seedSupplyItems(tx, directory.supplies, new Date());
  });
  roomsChanged(db);
}
