import type { IncomingMessage } from "node:http";
import type { Locale } from "../core/locale.js";
import type { DbOrTx } from "../db/database.js";
import { spendLink, storedDashboardSecret } from "../db/queries/dashboard.js";
import { getPerson, withPosts } from "../db/queries/people.js";
import { type Viewer, viewerOf } from "./dashboard-access.js";
import type { Refusal } from "./dashboard-page.js";
import {
  type LinkClaims,
  linkClaimsSchema,
  newNonce,
  newSecret,
  open,
  type SessionClaims,
  seal,
  sessionClaimsSchema,
} from "./signed-tokens.js";

export interface DashboardKeyOptions {
  /** `DASHBOARD_SECRET`; undefined: one generated once and kept in the database. */
  secret: string | undefined;
  linkMinutes: number;
  sessionHours: number;
  /** Cookies get `Secure` when the public address is HTTPS. */
  secureCookies: boolean;
}

export const sessionCookie = "office_dashboard";

/**
 * One-time links and sessions for the dashboard and exports, all signed with one secret: a link carries who and
 * what it is for and until when, and is recorded as used the first time it is opened; a session is a signed
 * cookie (who, until when), checked on every request.
 */
export class DashboardKeys {
  readonly #options: DashboardKeyOptions;
  #secret: string | undefined;

  constructor(options: DashboardKeyOptions) {
    this.#options = options;
    this.#secret = options.secret;
  }

  get linkMinutes(): number {
    return this.#options.linkMinutes;
  }

  #secretOf(db: DbOrTx): string {
    this.#secret ??= storedDashboardSecret(db, newSecret);
    return this.#secret;
  }

  /** A signed link token for `personId`, valid for the configured minutes from `now`. */
  issue(db: DbOrTx, personId: number, locale: Locale, grant: LinkClaims["k"], now: Date): string {
    const claims: LinkClaims = {
      n: newNonce(),
      p: personId,
      e: now.getTime() + this.#options.linkMinutes * 60_000,
      l: locale,
      k: grant,
    };
    return seal(this.#secretOf(db), claims);
  }

  /** Spends a link: its claims and viewer, or why it is refused (forged, expired, reused, not allowed). */
  redeem(
    db: DbOrTx,
    token: string,
    kind: LinkClaims["k"]["kind"],
    now: Date,
  ): { claims: LinkClaims; viewer: Viewer } | { refusal: Refusal; status: 401 | 403 } {
    const claims = open(this.#secretOf(db), token, linkClaimsSchema);
    if (!claims || claims.k.kind !== kind) return { refusal: "forged", status: 401 };
    if (claims.e < now.getTime()) return { refusal: "expired", status: 403 };
    const spent = spendLink(db, {
      nonce: claims.n,
      personId: claims.p,
      purpose: kind,
      usedAt: now,
      expiresAt: new Date(claims.e),
    });
    if (!spent) return { refusal: "reused", status: 403 };
    const viewer = viewerFor(db, claims.p);
    return viewer ? { claims, viewer } : { refusal: "notAllowed", status: 403 };
  }

  /** The `Set-Cookie` value of a new session for `personId`. */
  sessionCookie(db: DbOrTx, personId: number, now: Date): string {
    const seconds = Math.round(this.#options.sessionHours * 3600);
    const claims: SessionClaims = { p: personId, e: now.getTime() + seconds * 1000 };
    const secure = this.#options.secureCookies ? "; Secure" : "";
    return `${sessionCookie}=${seal(this.#secretOf(db), claims)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${seconds}${secure}`;
  }

  /** The viewer of a request's session cookie; undefined without a valid, unexpired one. */
  viewerOf(db: DbOrTx, req: IncomingMessage, now: Date): Viewer | undefined {
    const token = cookieValue(req.headers.cookie, sessionCookie);
    if (!token) return undefined;
    const claims = open(this.#secretOf(db), token, sessionClaimsSchema);
    if (!claims || claims.e < now.getTime()) return undefined;
    return viewerFor(db, claims.p);
  }
}

function viewerFor(db: DbOrTx, personId: number): Viewer | undefined {
  const person = getPerson(db, personId);
  return person ? viewerOf(withPosts(db, person)) : undefined;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}
