import { type DocumentDirection, registerPage } from "../db/queries/documents.js";
import { getPerson } from "../db/queries/people.js";
import { routeToPost } from "../domain/routing.js";
import type { EngineContext } from "../engine/context.js";
import { dayText, instantText } from "../rooms/booking-format.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { documentTexts } from "./texts/index.js";

/** How many entries a register list shows (newest first); the heading gives the full count. */
export const registerListSize = 20;

/** The post that keeps the register: the document flow's post unless the directory routes it elsewhere. */
export function documentDeskId(ctx: EngineContext): string | undefined {
  const flow = ctx.flows.all().find((f) => f.service === "documents");
  return flow ? routeToPost(flow.id, flow.post, ctx.directory.routes) : undefined;
}

/** The documents desk and the office head keep the register. */
export function keepsRegister(scope: CommandScope): boolean {
  const desk = documentDeskId(scope.ctx);
  return scope.person.isHead || (desk !== undefined && scope.person.postIds.includes(desk));
}

/** "收文登记" / "发文登记": one direction of the register (G1), newest first, bounded, with the count. */
export function listRegister(scope: CommandScope, direction: DocumentDirection): CommandOutcome {
  const { ctx, tx, locale } = scope;
  const t = documentTexts(locale);
  if (!keepsRegister(scope)) return say(t.registerDeskOnly);
  const { total, entries } = registerPage(tx, direction, registerListSize);
  const kind = t.direction[direction] ?? direction;
  const lines = [t.registerTitle(kind, entries.length, total)];
  for (const e of entries) {
    lines.push(
      t.registerLine(
        e.number,
        dayText(ctx, e.registeredOn, locale),
        e.title,
        e.referenceNo ?? "",
        e.unit,
        t.classification[e.classification] ?? e.classification,
        e.pages,
      ),
    );
    if (e.recipientId === null) continue;
    const recipient = getPerson(tx, e.recipientId)?.name ?? "";
    const signer = e.signedById === null ? undefined : getPerson(tx, e.signedById)?.name;
    lines.push(
      e.signedAt && signer
        ? t.signedLine(signer, instantText(ctx, e.signedAt, locale))
        : t.unsignedLine(recipient),
    );
  }
  return say(lines.join("\n"));
}
