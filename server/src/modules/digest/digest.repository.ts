import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/** Someone a weekly digest goes to, with where they are. */
export interface DigestLeader {
  id: string;
  workspaceId: string;
  name: string;
  email: string;
  timeZone: string;
}

export const digestRepository = {
  /** Active people who lead a team and have not turned the digest off, in every workspace. */
  async leadersWithDigest(db: Kysely<Database>): Promise<DigestLeader[]> {
    const rows = await db
      .selectFrom("users")
      .select(["id", "workspace_id", "name", "email", "time_zone"])
      .where("digest_enabled", "=", 1)
      .where("deactivated_at", "is", null)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom("team_memberships")
            .select("team_id")
            .whereRef("team_memberships.user_id", "=", "users.id")
            .where("team_memberships.role", "=", "leader"),
        ),
      )
      .orderBy("workspace_id")
      .orderBy("id")
      .execute();
    return rows.map((row) => ({
      id: row.id,
      workspaceId: row.workspace_id,
      name: row.name,
      email: row.email,
      timeZone: row.time_zone,
    }));
  },
};
