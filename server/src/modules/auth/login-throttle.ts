import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { iso } from "../../lib/clock";
import { AppError } from "../../lib/errors";
import { newId } from "../../lib/tokens";

/**
 * Sign-in failures are counted in the database, not in memory, so several processes share the
 * limit. Five failures for one account, or thirty from one address, within a minute lock that
 * subject until the oldest failure leaves the window.
 *
 * A browser that signed in to an account before shows a device cookie (OWASP's device-cookie
 * scheme, see device-cookie.ts): for that account it is counted on its own, five failures a
 * minute, and neither the account's nor the address's lock applies to it. So a stranger who
 * locks an account or a shared address cannot keep its owner out of a browser they already use.
 */
export const LOGIN_WINDOW_MS = 60_000;
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 30;
export const DEVICE_LIMIT = 5;

/**
 * What is limited: signing in (failures count), or asking for a password reset link (every
 * request counts). Each is counted on subjects of its own, so asking for links never locks
 * anyone out of signing in, nor the other way round.
 */
export type Limited = "sign-in" | "password-reset";

/** Who is trying: the account named, the client's address, and the device nonce when trusted. */
export interface Attempt {
  email: string;
  address: string;
  /** The nonce of a valid device cookie issued for this very account, or null. */
  device: string | null;
  /** Sign-in unless said otherwise. */
  limited?: Limited;
}

const PREFIX: Record<Limited, string> = { "sign-in": "", "password-reset": "reset-" };
const TOO_MANY: Record<Limited, string> = {
  "sign-in": "Too many sign-in attempts.",
  "password-reset": "Too many requests for a reset link.",
};

const subjects = ({ email, address, device, limited = "sign-in" }: Attempt) =>
  device
    ? [{ subject: `${PREFIX[limited]}device:${device}`, limit: DEVICE_LIMIT }]
    : [
        { subject: `${PREFIX[limited]}account:${email}`, limit: ACCOUNT_LIMIT },
        { subject: `${PREFIX[limited]}address:${address}`, limit: ADDRESS_LIMIT },
      ];

export async function assertNotThrottled(db: Kysely<Database>, attempt: Attempt, now: Date): Promise<void> {
  const since = iso(new Date(now.getTime() - LOGIN_WINDOW_MS));
  for (const { subject, limit } of subjects(attempt)) {
    const rows = await db
      .selectFrom("login_failures")
      .select("failed_at")
      .where("subject", "=", subject)
      .where("failed_at", ">", since)
      .orderBy("failed_at", "desc")
      .limit(limit)
      .execute();
    const oldest = rows[limit - 1];
    if (oldest) {
      const retryAfter = Math.max(
        1,
        Math.ceil((new Date(oldest.failed_at).getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000),
      );
      throw new AppError(
        429,
        "too_many_attempts",
        `${TOO_MANY[attempt.limited ?? "sign-in"]} Try again in ${retryAfter} seconds.`,
        { retryAfterSeconds: retryAfter },
        { "retry-after": String(retryAfter) },
      );
    }
  }
}

/** Counts an attempt against its limits: a failed sign-in, or any request for a reset link. */
export async function recordFailure(db: Kysely<Database>, attempt: Attempt, now: Date): Promise<void> {
  await db
    .insertInto("login_failures")
    .values(subjects(attempt).map(({ subject }) => ({ id: newId(), subject, failed_at: iso(now) })))
    .execute();
  await forgetOldFailures(db, now);
}

/**
 * Keeps the table small: anything older than the window no longer counts (ten windows are kept,
 * for processes whose clocks lag). Also run by the housekeeping job, for quiet hours.
 */
export async function forgetOldFailures(db: Kysely<Database>, now: Date): Promise<void> {
  await db
    .deleteFrom("login_failures")
    .where("failed_at", "<", iso(new Date(now.getTime() - 10 * LOGIN_WINDOW_MS)))
    .execute();
}
