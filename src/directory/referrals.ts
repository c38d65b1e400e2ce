import type { Referral } from "../understanding/referral-table.js";
import type { Directory } from "./directory-schema.js";

/** The directory's referral table in the shape the understanding layer reads. */
export function directoryReferrals(directory: Directory): Referral[] {
  return directory.referrals.map((r) => ({
    id: r.id,
    department: { zh: r.department, en: r.department_en },
    topics: r.topics,
    contact: { zh: r.contact, en: r.contact_en },
    examples: r.examples,
  }));
}
