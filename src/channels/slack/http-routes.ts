import type { CustomRoute } from "@slack/bolt";
import type { Logger } from "pino";
import type { MountedRoute } from "../../http/http-server.js";

export type { MountedRoute };

/**
 * Serves the bot's other HTTP routes (room calendars) on Slack's port, since Bolt's receiver owns it whenever
 * Slack runs. A route that declines is a 404; one that fails is logged and a 500.
 */
export function boltRoutes(routes: readonly MountedRoute[], log: Logger): CustomRoute[] {
  return routes.map(({ path, route }) => ({
    path,
    method: ["GET", "HEAD"],
    handler: (req, res) => {
      void route(req, res).then(
        (handled) => {
          if (!handled)
            res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
        },
        (error) => {
          log.error({ err: error, url: req.url }, "http request failed");
          if (!res.headersSent) res.writeHead(500);
          res.end();
        },
      );
    },
  }));
}
