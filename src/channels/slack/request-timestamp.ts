import type { HTTPReceiver } from "@slack/bolt";
import type { Logger } from "pino";

/** Slack's guidance: refuse a request whose timestamp is more than five minutes from now, either way. */
export const maxRequestSkewSeconds = 5 * 60;

/** Whether an `X-Slack-Request-Timestamp` value is within five minutes of `nowMs`. */
export function isFreshTimestamp(header: string | string[] | undefined, nowMs: number): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d{1,12}$/.test(value)) return false;
  return Math.abs(Math.floor(nowMs / 1000) - Number(value)) <= maxRequestSkewSeconds;
}

/**
 * Puts a guard in front of Bolt's HTTP receiver: a request to `endpoint` whose timestamp is more than five
 * minutes ahead of or behind the clock gets 401 before Bolt sees it. Bolt itself refuses only old ones, and a
 * replayed request with a timestamp from the future would otherwise stay valid for as long as it is ahead.
 * Requests without the header are left to Bolt, which refuses them for their missing signature.
 */
export function refuseSkewedRequests(receiver: HTTPReceiver, endpoint: string, log: Logger): void {
  const inner = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const path = (req.url ?? "").split("?")[0];
    const header = req.headers["x-slack-request-timestamp"];
    if (path === endpoint && header !== undefined && !isFreshTimestamp(header, Date.now())) {
      log.warn({ timestamp: header }, "refused a Slack request whose timestamp is more than 5 minutes off");
      res.writeHead(401).end();
      return;
    }
    inner(req, res);
  };
}
