import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";

/** Handles a request and resolves true, or resolves false to let the next route try. */
export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** A route with the path pattern a framework router mounts it under (e.g. Bolt's "/calendar/:file"). */
export interface MountedRoute {
  path: string;
  route: Route;
}

export interface HttpServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Interface to listen on (default all). */
  host?: string;
  routes: readonly Route[];
  log?: Logger;
}

export interface RunningHttpServer {
  /** The port actually listened on. */
  port: number;
  close(): Promise<void>;
}

/**
 * A small node:http server that tries each route in order; nothing matching is a 404, a route that throws a
 * logged 500.
 *
 * ```ts
 * const server = await startHttpServer({ port: 3000, routes: [calendarRoutes({ ctx, token })] });
 * await server.close();
 * ```
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const server = createServer((req, res) => {
    void handle(req, res, options).catch((error) => {
      options.log?.error({ err: error, url: req.url }, "http request failed");
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("internal error\n");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  options.log?.info({ port }, "http server listening");
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HttpServerOptions): Promise<void> {
  for (const route of options.routes) {
    if (await route(req, res)) return;
  }
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
  res.end("not found\n");
}
