import { timingSafeEqual } from "node:crypto";
import type { EngineContext } from "../engine/context.js";
import type { Route } from "../http/http-server.js";
import { roomFeed } from "./room-feed.js";

export interface CalendarRouteOptions {
  ctx: EngineContext;
  /** The shared secret in `?token=`; empty or undefined turns the feeds off (their URLs are then 404). */
  token: string | undefined;
}

const feedPath = /^\/calendar\/([A-Za-z0-9_-]{1,32})\.ics$/;

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `GET /calendar/<roomId>.ics?token=<secret>`: a room's bookings as iCalendar, so staff can subscribe from
 * Outlook, Google or Apple calendars. A wrong or missing token is 403; an unknown room 404.
 */
export function calendarRoutes(options: CalendarRouteOptions): Route {
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const match = feedPath.exec(url.pathname);
    if (!match || !options.token || (req.method !== "GET" && req.method !== "HEAD")) return false;
    if (!sameSecret(url.searchParams.get("token") ?? "", options.token)) {
      res.writeHead(403, { "content-type": "text/plain; charset=utf-8" });
      res.end("forbidden\n");
      return true;
    }
    const feed = roomFeed(options.ctx, match[1]!);
    if (feed === undefined) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("no such room\n");
      return true;
    }
    res.writeHead(200, {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `inline; filename="${match[1]}.ics"`,
      "cache-control": "private, max-age=300",
    });
    res.end(req.method === "HEAD" ? undefined : feed);
    return true;
  };
}
