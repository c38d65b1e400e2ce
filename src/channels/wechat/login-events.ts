import type { Writable } from "node:stream";
import type { Logger } from "pino";
import qrcodeTerminal from "qrcode-terminal";
import { qrcodeValueToImageUrl, ScanStatus, type Wechaty } from "wechaty";

export interface LoginEventOptions {
  log: Logger;
  /** Where the login QR code is drawn. */
  qrOutput: Writable;
  onLogin: () => void;
}

/**
 * Logs the account's life: a QR code in the terminal when the puppet asks for a scan (plus a link to the
 * same code as an image, for terminals that cannot draw it), login, logout and errors. Outgoing messages wait
 * in the outbox while the account is logged out.
 */
export function watchLogin(wechaty: Wechaty, { log, qrOutput, onLogin }: LoginEventOptions): void {
  let loggedInBefore = false;
  wechaty.on("scan", (qrcode, status) => {
    if ((status === ScanStatus.Waiting || status === ScanStatus.Timeout) && qrcode) {
      qrcodeTerminal.generate(qrcode, { small: true }, (art) => qrOutput.write(`${art}\n`));
      log.info(
        { url: qrcodeValueToImageUrl(qrcode) },
        "WeChat: scan the QR code above with the office account to log in",
      );
    } else {
      log.info({ status: ScanStatus[status] }, "WeChat: scan status");
    }
  });
  wechaty.on("login", (user) => {
    onLogin();
    log.info(
      { user: user.name() },
      loggedInBefore ? "WeChat: logged in again (reconnected)" : "WeChat: logged in",
    );
    loggedInBefore = true;
  });
  wechaty.on("logout", (user, reason) => {
    log.warn(
      { user: user.name(), reason },
      "WeChat: logged out; outgoing messages wait in the outbox until it logs in again",
    );
  });
  wechaty.on("error", (error) => log.error({ err: error }, "WeChat: puppet error"));
}
