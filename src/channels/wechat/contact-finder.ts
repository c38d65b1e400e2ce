import type { Contact, Wechaty } from "wechaty";
import type { Recipient } from "../channel.js";

/** How WeChat contacts are matched to directory people (WECHAT_CONTACT_MATCH). */
export type ContactMatch = "alias-then-name" | "alias" | "name";

type ContactQuery = { id: string } | { alias: string } | { name: string };

/**
 * The ways to look a recipient up, in order: the contact id seen on their last message, then the alias the
 * bot's account gave them (备注), then their WeChat name, as `match` allows. Ids come first because they are
 * exact; some puppets renew them at each login, so alias and name stay as fallbacks.
 */
export function contactQueries(recipient: Recipient, match: ContactMatch): ContactQuery[] {
  const queries: ContactQuery[] = [];
  if (recipient.wechatId) queries.push({ id: recipient.wechatId });
  if (match !== "name" && recipient.wechatAlias) queries.push({ alias: recipient.wechatAlias });
  if (match !== "alias" && recipient.wechatName) queries.push({ name: recipient.wechatName });
  return queries;
}

/** The recipient's WeChat contact, or undefined when none of their addresses finds one. */
export async function findContact(
  wechaty: Wechaty,
  recipient: Recipient,
  match: ContactMatch,
): Promise<Contact | undefined> {
  for (const query of contactQueries(recipient, match)) {
    const contact = await wechaty.Contact.find(query);
    if (contact) return contact;
  }
  return undefined;
}
