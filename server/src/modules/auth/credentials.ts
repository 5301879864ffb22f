import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { decoyPasswordHash, verifyPassword } from "../../lib/passwords";
import { type Attempt, assertNotThrottled, recordFailure } from "./login-throttle";

/** What a password is checked against: an account's hash and whether it may still sign in. */
interface Account {
  password_hash: string;
  deactivated_at: string | null;
}

/**
 * The one place a password is checked (sign-in, a password change): the limits apply first
 * (429 while throttled), an unknown account is checked against a decoy hash so timing tells
 * nothing, and every failure is counted. True only for the right password of an active account.
 */
export async function checkPassword(
  db: Kysely<Database>,
  attempt: Attempt,
  account: Account | undefined,
  password: string,
  now: Date,
): Promise<boolean> {
  await assertNotThrottled(db, attempt, now);
  const ok = await verifyPassword(account?.password_hash ?? (await decoyPasswordHash()), password);
  if (account && ok && account.deactivated_at === null) return true;
  await recordFailure(db, attempt, now);
  return false;
}

/**
 * A password sent where none is taken (accepting an invitation for an address that already has
 * an account): never checked, but counted as a failed sign-in, so an invitation is no way
 * around the limits.
 */
export async function refusePassword(db: Kysely<Database>, attempt: Attempt, now: Date): Promise<void> {
  await assertNotThrottled(db, attempt, now);
  await recordFailure(db, attempt, now);
}
