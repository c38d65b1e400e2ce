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
