import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { type Route, type RunningHttpServer, startHttpServer } from "../../src/http/http-server.js";

let server: RunningHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const text =
  (path: string, body: string): Route =>
  async (req, res) => {
    if (req.url !== path) return false;
    res.writeHead(200, { "content-type": "text/plain" });
    res.end(body);
    return true;
  };

describe("the HTTP server", () => {
  it("asks each route in turn and answers 404 when none takes the request", async () => {
    server = await startHttpServer({
      port: 0,
      host: "127.0.0.1",
      routes: [text("/a", "first"), text("/a", "second"), text("/b", "b")],
    });
    const base = `http://127.0.0.1:${server.port}`;
    expect(await (await fetch(`${base}/a`)).text()).toBe("first");
    expect(await (await fetch(`${base}/b`)).text()).toBe("b");
    expect((await fetch(`${base}/c`)).status).toBe(404);
  });

  it("answers 500 and logs when a route fails", async () => {
    const logged: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(String(JSON.parse(String(chunk)).msg));
        done();
      },
    });
    const broken: Route = async () => {
      throw new Error("boom");
    };
    server = await startHttpServer({
      port: 0,
      host: "127.0.0.1",
      routes: [broken],
      log: pino({ level: "error" }, sink),
    });
    expect((await fetch(`http://127.0.0.1:${server.port}/x`)).status).toBe(500);
    expect(logged).toEqual(["http request failed"]);
  });

  it("stops listening on close", async () => {
    const running = await startHttpServer({ port: 0, host: "127.0.0.1", routes: [] });
    await running.close();
    await expect(fetch(`http://127.0.0.1:${running.port}/`)).rejects.toThrow();
  });
});
