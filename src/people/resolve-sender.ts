import type { Sender } from "../core/messages.js";
import type { DbOrTx } from "../db/database.js";
import {
  insertPerson,
  type Person,
  personByAddress,
  rememberWechatId,
  staffByWechat,
} from "../db/queries/people.js";

/** How a WeChat contact is matched to a directory member the first time they write. */
export type WechatMatch = "alias-then-name" | "alias" | "name";

function findBySender(db: DbOrTx, sender: Sender, wechatMatch: WechatMatch): Person | undefined {
  switch (sender.channel) {
    case "slack":
      return personByAddress(db, "slackUserId", sender.userId);
    case "console":
      return personByAddress(db, "name", sender.userId);
    case "wechat": {
      const known = personByAddress(db, "wechatId", sender.userId);
      if (known) return known;
      const byAlias =
        wechatMatch !== "name" && sender.wechatAlias
          ? staffByWechat(db, "alias", sender.wechatAlias)
          : undefined;
      const byName =
        !byAlias && wechatMatch !== "alias" && sender.wechatName
          ? staffByWechat(db, "name", sender.wechatName)
          : undefined;
      const staff = byAlias ?? byName;
      if (staff) rememberWechatId(db, staff.id, sender.userId);
      return staff ? { ...staff, wechatId: sender.userId } : undefined;
    }
  }
}

/**
 * The person behind a chat user: a directory member when they match, otherwise a requester created on first
 * contact.
 *
 * ```ts
 * resolveSender(tx, { channel: "slack", userId: "U123" }).id; // 7
 * ```
 */
export function resolveSender(
  db: DbOrTx,
  sender: Sender,
  wechatMatch: WechatMatch = "alias-then-name",
): Person {
  const found = findBySender(db, sender, wechatMatch);
  if (found) return found;
  const name = (sender.displayName ?? sender.wechatName ?? sender.userId).slice(0, 80);
  return insertPerson(db, {
    name,
    slackUserId: sender.channel === "slack" ? sender.userId : null,
    wechatId: sender.channel === "wechat" ? sender.userId : null,
    wechatName: sender.channel === "wechat" ? (sender.wechatName ?? null) : null,
    wechatAlias: sender.channel === "wechat" ? (sender.wechatAlias ?? null) : null,
    preferredChannel: sender.channel,
    inDirectory: false,
  });
}
