import type { types } from "@slack/bolt";
import { clip } from "../../core/clip.js";
import type { FormSpec } from "../../engine/modal-forms/form-spec.js";
import type { HomeTicket, HomeView } from "../../engine/views/home-view.js";
import { formButton } from "./form-modal.js";
import { escapeMrkdwn } from "./message-blocks.js";
import { slackTexts } from "./slack-texts.js";

type KnownBlock = types.KnownBlock;

export const homeMenuAction = "home:menu";

// A Home tab holds at most 100 blocks; long lists end with a pointer to the full list in chat.
const maxItems = 20;

const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
const header = (text: string): KnownBlock => ({
  type: "header",
  text: { type: "plain_text", text: clip(text, 150), emoji: true },
});

function ticketLine(ticket: HomeTicket, extra = ""): string {
  const mark = ticket.mark ? `${ticket.mark} ` : "";
  return `${mark}*${escapeMrkdwn(ticket.number)}* · ${escapeMrkdwn(ticket.title)}\n${escapeMrkdwn(ticket.summary)} · _${escapeMrkdwn(ticket.status)}_${extra}`;
}

/** `total` counts the list's items beyond those given (a queue comes a page at a time). */
function list<T>(
  items: readonly T[],
  empty: string,
  line: (item: T) => string,
  more: (n: number) => string,
  total = items.length,
): KnownBlock[] {
  if (items.length === 0) return [{ type: "context", elements: [{ type: "mrkdwn", text: empty }] }];
  const shown = items.slice(0, maxItems);
  const blocks = shown.map((item) => section(line(item)));
  if (total > shown.length)
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: more(total - shown.length) }] });
  return blocks;
}

/**
 * The App Home tab: a menu button and a form button per flow, the person's tickets and bookings, and for
 * office staff their posts' queue (urgent first, then by deadline; overdue ones marked).
 */
export function homeTab(view: HomeView, forms: readonly FormSpec[]): types.HomeView {
  const t = slackTexts(view.locale);
  const buttons: types.Button[] = [
    {
      type: "button",
      action_id: homeMenuAction,
      text: { type: "plain_text", text: t.menuButton, emoji: true },
      value: view.locale,
    },
    ...forms.slice(0, 24).map((f) => formButton(f, view.locale)),
  ];
  const blocks: KnownBlock[] = [
    header(t.homeTitle(view.name)),
    { type: "context", elements: [{ type: "mrkdwn", text: t.homeIntro }] },
    { type: "actions", block_id: "home-actions", elements: buttons },
  ];
  if (view.queue) {
    blocks.push(
      { type: "divider" },
      header(t.queue(view.queue.posts)),
      ...list(
        view.queue.items,
        t.queueEmpty,
        (item) =>
          ticketLine(
            item,
            `${item.due ? ` · ${t.due(escapeMrkdwn(item.due))}` : ""}${item.overdue ? ` · *${t.overdue}*` : ""}`,
          ),
        t.moreItems,
        view.queue.total,
      ),
    );
  }
  blocks.push(
    { type: "divider" },
    header(t.myTickets),
    ...list(view.tickets, t.noTickets, (ticket) => ticketLine(ticket), t.moreItems),
    { type: "divider" },
    header(t.myBookings),
    ...list(
      view.bookings,
      t.noBookings,
      (b) =>
        `*${escapeMrkdwn(b.room)}* · ${escapeMrkdwn(b.when)}\n${escapeMrkdwn(b.purpose)} · _${escapeMrkdwn(b.status)}_`,
      t.moreItems,
    ),
  );
  return { type: "home", blocks };
}
