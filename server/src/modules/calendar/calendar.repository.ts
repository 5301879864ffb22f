import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export const calendarFeedRepository = {
  find(db: Kysely<Database>, userId: string) {
    return db.selectFrom("calendar_feeds").selectAll().where("user_id", "=", userId).executeTakeFirst();
  },

  /** A person's one feed: a new secret replaces the old, whose URL stops working. */
  async replace(db: Kysely<Database>, userId: string, secretHash: string, createdAt: string): Promise<void> {
    await db
      .insertInto("calendar_feeds")
      .values({ user_id: userId, secret_hash: secretHash, created_at: createdAt })
      .onConflict((conflict) =>
        conflict.column("user_id").doUpdateSet({ secret_hash: secretHash, created_at: createdAt }),
      )
      .execute();
  },

  async remove(db: Kysely<Database>, userId: string): Promise<void> {
    await db.deleteFrom("calendar_feeds").where("user_id", "=", userId).execute();
  },

  /** Whose feed this secret's HMAC opens, while that person's account is active. */
  ownerOf(db: Kysely<Database>, secretHash: string) {
    return db
      .selectFrom("calendar_feeds")
      .innerJoin("users", "users.id", "calendar_feeds.user_id")
      .select(["users.id", "users.name", "users.time_zone"])
      .where("calendar_feeds.secret_hash", "=", secretHash)
      .where("users.deactivated_at", "is", null)
      .executeTakeFirst();
  },
};
