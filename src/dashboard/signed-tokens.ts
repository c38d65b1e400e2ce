import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** What a one-time link grants: the dashboard, or one export file of a period. */
export const linkClaimsSchema = z.object({
  /** Random id; a link is spent once this is recorded. */
  n: z.string().min(8),
  /** The person it was made for. */
  p: z.number().int().positive(),
  /** Expiry, UTC ms. */
  e: z.number().int(),
  /** Page language chosen in chat. */
  l: z.enum(["zh", "en"]),
  k: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("dashboard") }),
    z.object({
      kind: z.literal("export"),
      from: z.string(),
      to: z.string(),
      format: z.enum(["csv", "xlsx"]),
    }),
  ]),
});
export type LinkClaims = z.infer<typeof linkClaimsSchema>;

/** A session cookie's content: who, until when. */
export const sessionClaimsSchema = z.object({ p: z.number().int().positive(), e: z.number().int() });
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

function signature(secret: string, body: string): Buffer {
  return createHmac("sha256", secret).update(body).digest();
}

/**
 * `<payload>.<HMAC-SHA256>` in base64url. `open` gives the claims back only when the signature is right and
 * they fit the schema; expiry is the caller's check (it knows the clock).
 *
 * ```ts
 * const token = seal(secret, { p: 3, e: Date.now() + 60_000 });
 * open(secret, token, sessionClaimsSchema); // { p: 3, e: … }
 * ```
 */
export function seal(secret: string, claims: LinkClaims | SessionClaims): string {
  const body = encode(claims);
  return `${body}.${signature(secret, body).toString("base64url")}`;
}

export function open<T>(secret: string, token: string, schema: z.ZodType<T>): T | undefined {
  const [body, sig, extra] = token.split(".");
  if (!body || !sig || extra !== undefined) return undefined;
  const given = Buffer.from(sig, "base64url");
  const expected = signature(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const newNonce = () => randomBytes(16).toString("base64url");
export const newSecret = () => randomBytes(32).toString("base64url");
