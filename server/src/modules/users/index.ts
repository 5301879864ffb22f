/**
 * The face of the users module (a person's account in a workspace): what other modules and app.ts
 * may use. The repository stays inside; these functions take the caller's transaction.
 */
import type { Kysely } from "kysely";
import type { Database, NewUser } from "../../db/schema";
import { userRepository } from "./user.repository";

export { userPolicy } from "./user.policy";
export { presentUserSummary } from "./user.presenter";
export type { UserRow } from "./user.repository";
export { userRoutes } from "./user.routes";

/** The account with this email, in any workspace (emails are unique across workspaces). */
export const findUserByEmail = (db: Kysely<Database>, email: string) => userRepository.findByEmail(db, email);

/** The account with this id, only inside the workspace. */
export const findUserInWorkspace = (db: Kysely<Database>, workspaceId: string, userId: string) =>
  userRepository.findInWorkspace(db, workspaceId, userId);

/** Where and how to reach a person by mail: their address, time zone and reminder setting. */
export interface MailRecipient {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  remindersEnabled: boolean;
}

/** These people's mail settings, by id; deactivated accounts are left out (no mail reaches them). */
export async function mailRecipients(db: Kysely<Database>, userIds: readonly string[]) {
  const rows = await userRepository.activeAmong(db, [...new Set(userIds)]);
  return new Map<string, MailRecipient>(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        email: row.email,
        timeZone: row.time_zone,
        remindersEnabled: row.reminders_enabled === 1,
      },
    ]),
  );
}

/** A new account (setup's first admin, an invitation's new member). */
export const addUser = (db: Kysely<Database>, row: NewUser) => userRepository.insert(db, row);

/** What a person changes of their own account: the name they go by and their settings. */
export interface ProfileChanges {
  name?: string | undefined;
  timeZone?: string | undefined;
  remindersEnabled?: boolean | undefined;
  digestEnabled?: boolean | undefined;
}

/** A person's own changes to their name and settings; what is left out stays as it is. */
export const changeProfile = (db: Kysely<Database>, userId: string, changes: ProfileChanges, now: string) =>
  userRepository.update(db, userId, {
    ...(changes.name === undefined ? {} : { name: changes.name }),
    ...(changes.timeZone === undefined ? {} : { time_zone: changes.timeZone }),
    ...(changes.remindersEnabled === undefined
      ? {}
      : { reminders_enabled: changes.remindersEnabled ? 1 : 0 }),
    ...(changes.digestEnabled === undefined ? {} : { digest_enabled: changes.digestEnabled ? 1 : 0 }),
    updated_at: now,
  });

/** A new password hash for the account. */
export const setUserPassword = (db: Kysely<Database>, userId: string, passwordHash: string, now: string) =>
  userRepository.update(db, userId, { password_hash: passwordHash, updated_at: now });
