import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import { changeMark } from "../db/queries/dashboard.js";
import type { EngineContext } from "../engine/context.js";
import type { MountedRoute, Route } from "../http/http-server.js";
import type { ChangeFeed } from "./change-feed.js";
import type { Viewer } from "./dashboard-access.js";
import { dashboardData } from "./dashboard-data.js";
import type { DashboardKeys } from "./dashboard-keys.js";
import { dashboardPage, liveSection, type PageContext, type Refusal, refusalPage } from "./dashboard-page.js";
import { csvFile, xlsxFile } from "./export-files.js";
import { ticketExport } from "./ticket-export.js";

const require = createRequire(import.meta.url);

/** Files the page loads: Chart.js from node_modules (no CDN), the page's own script and stylesheet. */
const assets: Record<string, { path: string; type: string }> = {
  // chart.js exports no subpath for its browser build; it sits beside the resolved main file (dist/).
  "chart.umd.js": {
    path: join(dirname(require.resolve("chart.js")), "chart.umd.min.js"),
    type: "text/javascript",
  },
  "dashboard.js": {
    path: new URL("./public/dashboard.js", import.meta.url).pathname,
    type: "text/javascript",
  },
  "dashboard.css": { path: new URL("./public/dashboard.css", import.meta.url).pathname, type: "text/css" },
};

const securityHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'",
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra = {}): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...securityHeaders, ...extra });
  res.end(body);
}

const refuse = (res: ServerResponse, status: number, reason: Refusal) =>
  send(res, status, "text/html; charset=utf-8", refusalPage(reason));

export interface DashboardRouteOptions {
  keys: DashboardKeys;
  feed: ChangeFeed;
}

/**
 * The dashboard's HTTP routes, mounted on the bot's own server or on Slack's port:
 * `/dashboard/login?token=` (one-time link → session cookie), `/dashboard` (the page), `/dashboard/live` (its
 * live section), `/dashboard/events` (server-sent events), `/dashboard/export?token=` (a one-time download) and
 * `/dashboard/assets/<file>`.
 */
export function dashboardRoutes(ctx: EngineContext, { keys, feed }: DashboardRouteOptions): MountedRoute[] {
  const localeOf = (url: URL, viewer: Viewer): Locale => {
    const lang = url.searchParams.get("lang");
    return lang === "en" || lang === "zh" ? lang : (viewer.person.locale ?? ctx.settings.defaultLocale);
  };
  const pageContext = (viewer: Viewer, locale: Locale): PageContext => ({
    locale,
    viewerName: viewer.person.name,
    updatedAt: DateTime.fromJSDate(ctx.clock(), { zone: ctx.settings.timeZone }).toFormat("HH:mm:ss"),
  });
  /** The signed-in viewer, or a refusal already sent. */
  const signedIn = (req: IncomingMessage, res: ServerResponse): Viewer | undefined => {
    const viewer = keys.viewerOf(ctx.db, req, ctx.clock());
    if (!viewer) refuse(res, 401, "signIn");
    return viewer;
  };

  const handlers: Record<string, (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>> = {
    "/dashboard/login": async (_req, res, url) => {
      const result = keys.redeem(ctx.db, url.searchParams.get("token") ?? "", "dashboard", ctx.clock());
      if ("refusal" in result) return refuse(res, result.status, result.refusal);
      res.writeHead(303, {
        location: `/dashboard?lang=${result.claims.l}`,
        "set-cookie": keys.sessionCookie(ctx.db, result.claims.p, ctx.clock()),
        "cache-control": "no-store",
        ...securityHeaders,
      });
      res.end();
    },
    "/dashboard": async (req, res, url) => {
      const viewer = signedIn(req, res);
      if (!viewer) return;
      const locale = localeOf(url, viewer);
      const mark = changeMark(ctx.db);
      const page = dashboardPage(dashboardData(ctx, viewer, locale), {
        ...pageContext(viewer, locale),
        mark,
      });
      send(res, 200, "text/html; charset=utf-8", page);
    },
    "/dashboard/live": async (req, res, url) => {
      const viewer = signedIn(req, res);
      if (!viewer) return;
      const locale = localeOf(url, viewer);
      send(
        res,
        200,
        "text/html; charset=utf-8",
        liveSection(dashboardData(ctx, viewer, locale), pageContext(viewer, locale)).value,
      );
    },
    "/dashboard/events": async (req, res, url) => {
      if (!signedIn(req, res)) return;
      feed.watch(res, url.searchParams.get("since") ?? "");
    },
    "/dashboard/export": async (_req, res, url) => {
      const result = keys.redeem(ctx.db, url.searchParams.get("token") ?? "", "export", ctx.clock());
      if ("refusal" in result) return refuse(res, result.status, result.refusal);
      const grant = result.claims.k;
      if (grant.kind !== "export") return refuse(res, 401, "forged");
      const sheets = ticketExport(ctx, result.viewer, grant);
      const file = grant.format === "csv" ? await csvFile(sheets) : await xlsxFile(sheets);
      const name = `工单导出_${grant.from}_${grant.to}.${grant.format}`;
      send(
        res,
        200,
        grant.format === "csv"
          ? "text/csv; charset=utf-8"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        file,
        {
          "content-disposition": `attachment; filename="tickets_${grant.from}_${grant.to}.${grant.format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        },
      );
    },
    "/dashboard/assets/:file": async (_req, res, url) => {
      const asset = assets[url.pathname.slice("/dashboard/assets/".length)];
      if (!asset) return send(res, 404, "text/plain; charset=utf-8", "not found\n");
      send(res, 200, `${asset.type}; charset=utf-8`, await readFile(asset.path), {
        "cache-control": "private, max-age=3600",
      });
    },
  };

  return Object.entries(handlers).map(([path, handle]): MountedRoute => {
    const folder = path.endsWith("/:file") ? path.slice(0, -":file".length) : undefined;
    const matches = (p: string) =>
      folder === undefined ? p === path : p.startsWith(folder) && !p.slice(folder.length).includes("/");
    // A HEAD (a link checker, a chat's preview) must not spend a one-time link or open a stream.
    const getOnly =
      path === "/dashboard/login" || path === "/dashboard/export" || path === "/dashboard/events";
    const route: Route = async (req, res) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (!matches(url.pathname) || (req.method !== "GET" && req.method !== "HEAD")) return false;
      if (req.method === "HEAD" && getOnly) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
        res.end();
        return true;
      }
      await handle(req, res, url);
      return true;
    };
    return { path, route };
  });
}
