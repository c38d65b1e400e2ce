import type { CommandScope } from "../services/command-scope.js";
import type { Service } from "../services/service.js";
import { confirmTicket } from "../tickets/confirm-ticket.js";
import { type DocumentCommand, parseDocumentCommand } from "./document-command-parser.js";
import { planDocument } from "./document-confirm.js";
import { listRegister } from "./document-register-list.js";
import { signFor } from "./document-signature.js";

function runDocumentCommand(scope: CommandScope, command: DocumentCommand) {
  return command.kind === "sign" ? signFor(scope, command.number) : listRegister(scope, command.direction);
}

/**
 * The document register (G1): confirming an incoming or outgoing document registers it under its ticket
 * number; an outgoing one is signed for in chat by its recipient (签收, with a button); 收文登记 / 发文登记 list
 * the register.
 */
export function documentsService(): Service {
  return {
    id: "documents",
    commands: { parse: parseDocumentCommand, run: runDocumentCommand },
    confirm: (ctx, tx, input) => confirmTicket(ctx, tx, input, planDocument(ctx, tx, input)),
  };
}
