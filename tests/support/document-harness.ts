import { type EngineHarness, ticketNumberIn } from "./engine-harness.js";

export interface IncomingDocument {
  title: string;
  /** 文号; skipped when absent. */
  referenceNo?: string;
  unit?: string;
}

/** Someone registers an incoming document (12 pages, internal) through the document flow; returns its number. */
export function receiveDocument(h: EngineHarness, who: string, doc: IncomingDocument): string {
  const user = h.user(who);
  user.say(`收到${doc.unit ?? "区教育局"}来文，共12页，内部`);
  user.say(doc.title);
  user.say(doc.referenceNo ?? "跳过");
  const review = user.say("跳过");
  if (!review.includes("请核对【文件收发】的信息"))
    throw new Error(`document form did not reach the review:\n${review}`);
  return ticketNumberIn(user.say("确认"));
}
