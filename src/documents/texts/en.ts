import type { DocumentTexts } from "./zh.js";

export const en: DocumentTexts = {
  direction: { receive: "Incoming", send: "Outgoing" },
  classification: { public: "public", internal: "internal", secret: "secret", confidential: "confidential" },

  unknownRecipient: (name) =>
    `Sorry, I cannot find "${name}" in the directory. Please give the recipient's name as it is in the directory.`,
  registered: (kind, number) =>
    `${kind} document registered; its register number is the ticket number ${number}.`,
  signatureAsked: (name) =>
    `${name} has been asked in chat to confirm receipt; you will hear when they sign.`,

  signRequest: (number, title, unit, pages, from) =>
    `[Sign for a document] ${number}: "${title}" (${unit}, ${pages} pages), from ${from}. When you have it, press "Sign" or reply "sign ${number}".`,
  signButton: "Sign",
  signed: (number, at) => `Signed for ${number} (${at}); the register records it.`,
  signedNotice: (number, title, who, at) =>
    `Outgoing document ${number} "${title}" was signed for by ${who} at ${at}.`,
  alreadySigned: (number, who, at) => `${number} was already signed for by ${who} at ${at}.`,
  notRecipient: (number, who) => `Sorry, ${number} is to be signed for by ${who}.`,
  notOutgoing: (number) => `${number} is not an outgoing document waiting for a signature.`,
  missing: (number) => `I cannot find ticket ${number}; please check the number.`,

  registerTitle: (kind, shown, total) =>
    total === 0
      ? `The ${kind.toLowerCase()} register is empty.`
      : `${kind} register (${total} in all, newest ${shown}):`,
  registerLine: (number, day, title, ref, unit, level, pages) =>
    `· ${number}  ${day}  "${title}"${ref ? ` ${ref}` : ""}  ${unit}  ${level}  ${pages} pages`,
  signedLine: (who, at) => `  signed: ${who} ${at}`,
  unsignedLine: (who) => `  waiting for ${who} to sign`,
  registerDeskOnly: "Sorry, only the documents desk and the office head can see the register.",
};
