import { timingSafeEqual } from "node:crypto";
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context";
import { newToken, tokenDigest } from "../../lib/tokens";

/**
 * The device cookie of OWASP's "slow down online guessing attacks with device cookies": given at
 * each successful sign-in, it names no one (the account is bound in by the MAC, not written out),
 * and lets the sign-in limits treat this browser as one that already knew the password.
 */
export const DEVICE_COOKIE = "rapport_device";
export const DEVICE_COOKIE_DAYS = 365;

const mac = (secret: string, email: string, nonce: string, expires: number) =>
  tokenDigest(secret, `device:${email}:${nonce}:${expires}`);

export function issueDeviceCookie(
  secret: string,
  email: string,
  now: Date,
): { value: string; maxAge: number } {
  const nonce = newToken().slice(0, 22);
  const maxAge = DEVICE_COOKIE_DAYS * 24 * 60 * 60;
  const expires = now.getTime() + maxAge * 1000;
  return { value: `${nonce}.${expires}.${mac(secret, email, nonce, expires)}`, maxAge };
}

/** The cookie's nonce when it was issued for `email` and has not expired; otherwise null. */
export function trustedDevice(
  secret: string,
  cookie: string | undefined,
  email: string,
  now: Date,
): string | null {
  if (!cookie) return null;
  const [nonce, expiresText, given, ...rest] = cookie.split(".");
  if (!nonce || !expiresText || !given || rest.length > 0) return null;
  const expires = Number(expiresText);
  if (!Number.isSafeInteger(expires) || expires <= now.getTime()) return null;
  const expected = Buffer.from(mac(secret, email, nonce, expires));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? nonce : null;
}

/** Gives this browser a device cookie for `email`: on every sign-in, and on setting a password by link. */
export function setDeviceCookie(reply: FastifyReply, ctx: AppContext, email: string): void {
  const { value, maxAge } = issueDeviceCookie(ctx.config.sessionSecret, email, ctx.clock.now());
  reply.setCookie(DEVICE_COOKIE, value, {
    path: "/api/v1/auth",
    httpOnly: true,
    sameSite: "strict",
    secure: ctx.config.baseUrl.startsWith("https://"),
    maxAge,
  });
}
