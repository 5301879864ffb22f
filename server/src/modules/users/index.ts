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

/** A new account (setup's first admin, an invitation's new member). */
export const addUser = (db: Kysely<Database>, row: NewUser) => userRepository.insert(db, row);

/** The name a person goes by, changed by themselves. */
export const renameUser = (db: Kysely<Database>, userId: string, name: string, now: string) =>
  userRepository.update(db, userId, { name, updated_at: now });

/** A new password hash for the account. */
export const setUserPassword = (db: Kysely<Database>, userId: string, passwordHash: string, now: string) =>
  userRepository.update(db, userId, { password_hash: passwordHash, updated_at: now });
