import type { ServerResponse } from "node:http";

export interface ChangeFeedOptions {
  /** A cheap value that changes whenever something the dashboard shows is written (see `changeMark`). */
  read: () => string;
  /** How often the value is read while someone watches (default 1 s). */
  pollMs?: number;
  /** Every this often a refresh is pushed anyway, so deadlines passing turn red (default 60 s). */
  refreshMs?: number;
}

interface Watcher {
  res: ServerResponse;
  mark: string;
  sentAt: number;
}

/**
 * Server-sent events for the open dashboards: while anyone watches, one timer reads the change mark and tells
 * each page whose mark differs to fetch its live section again (`event: change`). Polling one indexed value
 * also sees writes by another process on the same database file, and needs no hook in the ticket code.
 *
 * ```ts
 * const feed = new ChangeFeed({ read: () => changeMark(db) });
 * feed.watch(res, markThePageWasRenderedWith);
 * feed.close(); // ends every stream, so the server can stop
 * ```
 */
export class ChangeFeed {
  readonly #watchers = new Set<Watcher>();
  readonly #read: () => string;
  readonly #pollMs: number;
  readonly #refreshMs: number;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: ChangeFeedOptions) {
    this.#read = options.read;
    this.#pollMs = options.pollMs ?? 1000;
    this.#refreshMs = options.refreshMs ?? 60_000;
  }

  /** Opens an event stream on `res`; `since` is the mark the page was rendered with. */
  watch(res: ServerResponse, since: string): void {
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.write("retry: 3000\n\n");
    const watcher: Watcher = { res, mark: since, sentAt: Date.now() };
    this.#watchers.add(watcher);
    res.on("close", () => {
      this.#watchers.delete(watcher);
      if (this.#watchers.size === 0) this.#stop();
    });
    this.#timer ??= setInterval(() => this.#poll(), this.#pollMs).unref();
    this.#poll();
  }

  get watching(): number {
    return this.#watchers.size;
  }

  close(): void {
    for (const watcher of this.#watchers) watcher.res.end();
    this.#watchers.clear();
    this.#stop();
  }

  #poll(): void {
    let mark: string;
    try {
      mark = this.#read();
    } catch {
      return; // the database is closing; the next poll or close() settles it
    }
    const now = Date.now();
    for (const watcher of this.#watchers) {
      if (watcher.mark === mark && now - watcher.sentAt < this.#refreshMs) continue;
      watcher.mark = mark;
      watcher.sentAt = now;
      watcher.res.write(`event: change\ndata: ${mark}\n\n`);
    }
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
