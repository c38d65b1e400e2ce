import { type EngineHarness, ticketNumberIn } from "../support/engine-harness.js";

/** A teacher reports a broken projector (a repair for 后勤) through the chat; returns its number. */
export function reportRepair(h: EngineHarness, teacher = "王老师", place = "教学楼A301"): string {
  const user = h.user(teacher);
  user.say("投影仪坏了");
  user.say(place);
  user.say("分机 8021");
  return ticketNumberIn(user.say("确认"));
}

/** The sign-in link in a chat reply. */
export function signInLinkIn(reply: string): string {
  const match = /https?:\/\/\S+\/dashboard\/login\?token=\S+/.exec(reply);
  if (!match) throw new Error(`no sign-in link in: ${reply}`);
  return match[0];
}

/** A teacher asks 文印岗 for copies through the chat; returns the ticket number. */
export function orderPrinting(h: EngineHarness, teacher = "王老师"): string {
  const user = h.user(teacher);
  user.say("打印《初二期中数学试卷》45份，每份4页");
  user.say("双面");
  user.say("黑白");
  user.say("明天上午10点前");
  return ticketNumberIn(user.say("确认"));
}

/** The CSV and Excel download links in an export reply. */
export function exportLinksIn(reply: string): { csv: string; xlsx: string } {
  const [csv, xlsx] = [/CSV[：:] ?(\S+)/.exec(reply)?.[1], /Excel[：:] ?(\S+)/.exec(reply)?.[1]];
  if (!csv || !xlsx) throw new Error(`no export links in: ${reply}`);
  return { csv, xlsx };
}
