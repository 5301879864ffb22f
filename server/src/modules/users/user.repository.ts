import type { Kysely } from "kysely";
import type { Database, NewUser, UserRow } from "../../db/schema";

export type { UserRow };

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export const userRepository = {
  async insert(db: Kysely<Database>, row: NewUser): Promise<void> {
    await db.insertInto("users").values(row).execute();
  },

  findByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
    return db.selectFrom("users").selectAll().where("email", "=", normalizeEmail(email)).executeTakeFirst();
  },

  findInWorkspace(db: Kysely<Database>, workspaceId: string, userId: string): Promise<UserRow | undefined> {
    return db
      .selectFrom("users")
      .selectAll()
      .where("id", "=", userId)
      .where("workspace_id", "=", workspaceId)
      .executeTakeFirst();
  },

  listInWorkspace(db: Kysely<Database>, workspaceId: string): Promise<UserRow[]> {
    return db
      .selectFrom("users")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("erased_at", "is", null)
      .orderBy("name")
      .execute();
  },

  /** The active accounts among these ids, in any workspace. */
  activeAmong(db: Kysely<Database>, userIds: string[]): Promise<UserRow[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("users")
      .selectAll()
      .where("id", "in", userIds)
      .where("deactivated_at", "is", null)
      .execute();
  },

  async update(
    db: Kysely<Database>,
    userId: string,
    changes: Partial<
      Pick<
        UserRow,
        | "name"
        | "password_hash"
        | "deactivated_at"
        | "is_admin"
        | "time_zone"
        | "reminders_enabled"
        | "digest_enabled"
        | "updated_at"
      >
    >,
  ): Promise<void> {
    await db.updateTable("users").set(changes).where("id", "=", userId).execute();
  },
};
