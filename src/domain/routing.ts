/**
 * Which post handles a service type (G13): the directory's `routes` win over the flow's own default, so an
 * office can move work between posts without touching flow files.
 */
export function routeToPost(
  serviceType: string,
  flowDefaultPost: string,
  directoryRoutes: Readonly<Record<string, string>>,
): string {
  return directoryRoutes[serviceType] ?? flowDefaultPost;
}

export type Visibility = "requester" | "member" | "head" | "none";

export interface Viewer {
  personId: number;
  postIds: readonly string[];
  isHead: boolean;
}

/** Only the requester, the members of the ticket's post and the office head may see a ticket. */
export function ticketVisibility(
  viewer: Viewer,
  ticket: { requesterId: number; postId: string },
): Visibility {
  if (viewer.isHead) return "head";
  if (viewer.postIds.includes(ticket.postId)) return "member";
  if (viewer.personId === ticket.requesterId) return "requester";
  return "none";
}
