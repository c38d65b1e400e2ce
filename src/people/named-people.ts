import type { DbOrTx } from "../db/database.js";
import { type Person, personByAddress } from "../db/queries/people.js";

/**
 * People named in a request (attendees, a document's recipient): directory members first, then anyone the bot
 * already knows by that name; the names it cannot find come back in `unknown`, in the order given.
 *
 * ```ts
 * const { found, unknown } = peopleNamed(tx, ["张主任", "李文员"]);
 * ```
 */
export function peopleNamed(db: DbOrTx, names: readonly string[]): { found: Person[]; unknown: string[] } {
  const found: Person[] = [];
  const unknown: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    const person = personByAddress(db, "name", name);
    if (person) found.push(person);
    else unknown.push(name);
  }
  return { found, unknown };
}
