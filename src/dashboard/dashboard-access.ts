import type { PostFilter } from "../db/queries/dashboard.js";
import type { PersonWithPosts } from "../db/queries/people.js";

/** Who is looking at the dashboard or an export, and which posts' tickets they may see. */
export interface Viewer {
  person: PersonWithPosts;
  /** undefined: every post (the office head). */
  postIds: PostFilter;
}

/** The office head sees everything, a clerk their own post(s); anyone else nothing (undefined). */
export function viewerOf(person: PersonWithPosts): Viewer | undefined {
  if (person.isHead) return { person, postIds: undefined };
  if (person.postIds.length > 0) return { person, postIds: person.postIds };
  return undefined;
}
