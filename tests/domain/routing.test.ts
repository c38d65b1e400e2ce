import { describe, expect, it } from "vitest";
import { routeToPost, ticketVisibility } from "../../src/domain/routing.js";

describe("routing (G13)", () => {
  it("sends a service type to the post the directory names", () => {
    expect(routeToPost("document", "wenyin", { document: "archive-desk" })).toBe("archive-desk");
  });

  it("falls back to the flow's own post when the directory is silent", () => {
    expect(routeToPost("complaint", "xietiao", {})).toBe("xietiao");
  });
});

describe("who may see a ticket", () => {
  const ticket = { requesterId: 7, postId: "houqin" };

  it("lets the requester, the post's members and the office head see it", () => {
    expect(ticketVisibility({ personId: 7, postIds: [], isHead: false }, ticket)).toBe("requester");
    expect(ticketVisibility({ personId: 2, postIds: ["houqin"], isHead: false }, ticket)).toBe("member");
    expect(ticketVisibility({ personId: 1, postIds: ["head"], isHead: true }, ticket)).toBe("head");
  });

  it("hides it from other teachers and other posts", () => {
    expect(ticketVisibility({ personId: 8, postIds: [], isHead: false }, ticket)).toBe("none");
    expect(ticketVisibility({ personId: 3, postIds: ["wenyin"], isHead: false }, ticket)).toBe("none");
  });
});
