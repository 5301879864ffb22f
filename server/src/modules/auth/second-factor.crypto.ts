import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { tokenDigest } from "../../lib/tokens";

/**
 * The cryptography of two-step sign-in: TOTP codes (RFC 6238 through `otpauth`: SHA-1, six digits,
 * 30 seconds, what every authenticator app reads), the key sealed at rest, recovery codes and
 * the signed cookie between the two steps of a sign-in.
 */

export const PERIOD_SECONDS = 30;
/** A code of the step before or after now is taken too, for a phone's clock a little off. */
const WINDOW = 1;

const totpOf = (secret: string, label = "", issuer = "Rapport") =>
  new TOTP({
    issuer,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** A new key: 160 random bits, in base32. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The `otpauth://` URI an authenticator app adds the key from. */
export const totpUri = (secret: string, label: string, issuer: string): string =>
  totpOf(secret, label, issuer).toString();

/** The time step the code belongs to (now's, the one before or after), or null when it is no code of the key. */
export function stepOfCode(secret: string, code: string, now: Date): number | null {
  const delta = totpOf(secret).validate({
    token: code.replace(/\s/g, ""),
    timestamp: now.getTime(),
    window: WINDOW,
  });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** The current code of a key: for tests and the demo, never sent anywhere by the server. */
export const currentCode = (secret: string, now: Date): string =>
  totpOf(secret).generate({ timestamp: now.getTime() });

/**
 * The key at rest: AES-256-GCM under a key derived from SESSION_SECRET with HKDF, so a copy of the
 * database alone does not give anyone's codes. Changing SESSION_SECRET makes every kept key
 * unreadable (as it ends every session): those people sign in with a recovery code.
 */
const keyOf = (sessionSecret: string) =>
  Buffer.from(hkdfSync("sha256", sessionSecret, "rapport", "second-factor key v1", 32));

export function sealSecret(sessionSecret: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(sessionSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), sealed]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The key, or null when it was sealed under another SESSION_SECRET (or is damaged). */
export function openSecret(sessionSecret: string, box: string): string | null {
  const [version, iv, tag, sealed, ...rest] = box.split(".");
  if (version !== "v1" || !iv || !tag || !sealed || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyOf(sessionSecret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}

export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // 32 signs, no 0/o, 1/l

/** Ten recovery codes of 120 random bits each, as `abcd-efgh-ijkm-npqr-stuv-wxyz`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const signs = [...randomBytes(24)].map((byte) => RECOVERY_ALPHABET[byte % 32]).join("");
    return signs.match(/.{4}/g)?.join("-") ?? signs;
  });
}

/**
 * What is kept of a recovery code: its SHA-256 digest, of the code as typed without case, spaces
 * or dashes. No key and no slow hash are needed: 120 random bits (ASVS asks 112 for a plain hash)
 * are not found from a digest, and the codes still
 * work after SESSION_SECRET changes, when the TOTP keys no longer do.
 */
export const recoveryDigest = (code: string): string =>
  createHash("sha256").update(code.toLowerCase().replace(/[\s-]/g, "")).digest("base64url");

/** The cookie between a sign-in's right password and its code: whose, until when, signed. */
export const PENDING_COOKIE = "rapport_second_factor";
export const PENDING_MINUTES = 5;

const pendingMac = (secret: string, userId: string, workspaceId: string, expires: number) =>
  tokenDigest(secret, `second-factor:${userId}:${workspaceId}:${expires}`);

export function issuePending(secret: string, userId: string, workspaceId: string, now: Date): string {
  const expires = now.getTime() + PENDING_MINUTES * 60_000;
  return `${userId}.${workspaceId}.${expires}.${pendingMac(secret, userId, workspaceId, expires)}`;
}

/** Whose sign-in waits for a code, when the cookie is ours and not expired; otherwise null. */
export function readPending(
  secret: string,
  cookie: string | undefined,
  now: Date,
): { userId: string; workspaceId: string } | null {
  if (!cookie) return null;
  const [userId, workspaceId, expiresText, given, ...rest] = cookie.split(".");
  if (!userId || !workspaceId || !expiresText || !given || rest.length > 0) return null;
  const expires = Number(expiresText);
  if (!Number.isSafeInteger(expires) || expires <= now.getTime()) return null;
  const expected = Buffer.from(pendingMac(secret, userId, workspaceId, expires));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual)
    ? { userId, workspaceId }
    : null;
}
