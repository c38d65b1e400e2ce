import type { Config } from "../config/config.js";
import { changeMark } from "../db/queries/dashboard.js";
import type { Service } from "../services/service.js";
import { ChangeFeed } from "./change-feed.js";
import { parseDashboardCommand, runDashboardCommand } from "./dashboard-commands.js";
import { DashboardKeys } from "./dashboard-keys.js";
import { dashboardRoutes } from "./dashboard-routes.js";
import { linkPruneJob } from "./link-prune-job.js";

/**
 * The live dashboard and exports (G19): `看板` / `dashboard` and `导出` / `export` in chat give one-time links;
 * the pages and downloads are served on the bot's HTTP port (or Slack's, when Slack owns it).
 */
export function dashboardService(config: Config): Service {
  const keys = new DashboardKeys({
    secret: config.DASHBOARD_SECRET,
    linkMinutes: config.DASHBOARD_LINK_MINUTES,
    sessionHours: config.DASHBOARD_SESSION_HOURS,
    secureCookies: config.PUBLIC_URL?.startsWith("https:") ?? false,
  });
  let feed: ChangeFeed | undefined;
  return {
    id: "dashboard",
    commands: {
      parse: parseDashboardCommand,
      run: (scope, command) => runDashboardCommand(scope, command, keys),
    },
    jobs: [linkPruneJob],
    routes(ctx) {
      feed = new ChangeFeed({ read: () => changeMark(ctx.db) });
      return dashboardRoutes(ctx, { keys, feed });
    },
    // Open event streams would keep the HTTP server from closing; they end when the app stops.
    background: () => () => feed?.close(),
  };
}
