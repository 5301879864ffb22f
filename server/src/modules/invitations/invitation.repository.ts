import type { Kysely } from "kysely";
import type { Database, InvitationTable } from "../../db/schema";

export const invitationRepository = {
  async insert(db: Kysely<Database>, row: InvitationTable): Promise<void> {
    await db.insertInto("invitations").values(row).execute();
  },

  findByDigest(db: Kysely<Database>, tokenHash: string) {
    return db
      .selectFrom("invitations")
      .innerJoin("teams", "teams.id", "invitations.team_id")
      .innerJoin("workspaces", "workspaces.id", "invitations.workspace_id")
      .selectAll("invitations")
      .select(["teams.name as team_name", "workspaces.name as workspace_name"])
      .where("invitations.token_hash", "=", tokenHash)
      .executeTakeFirst();
  },

  /** Marks the invitation used; false when someone else used it first (single use). */
  async markAccepted(db: Kysely<Database>, id: string, userId: string, at: string): Promise<boolean> {
    const result = await db
      .updateTable("invitations")
      .set({ accepted_at: at, accepted_by: userId })
      .where("id", "=", id)
      .where("accepted_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /** The workspaces holding invitations never accepted that expired before `before`. */
  async workspacesWithUnacceptedExpiredBefore(db: Kysely<Database>, before: string): Promise<string[]> {
    const rows = await db
      .selectFrom("invitations")
      .select("workspace_id")
      .distinct()
      .where("accepted_at", "is", null)
      .where("expires_at", "<", before)
      .execute();
    return rows.map((row) => row.workspace_id);
  },

  /** Deletes a workspace's invitations never accepted that expired before `before`. */
  async deleteUnacceptedExpiredBefore(
    db: Kysely<Database>,
    workspaceId: string,
    before: string,
  ): Promise<void> {
    await db
      .deleteFrom("invitations")
      .where("workspace_id", "=", workspaceId)
      .where("accepted_at", "is", null)
      .where("expires_at", "<", before)
      .execute();
  },
};

export type InvitationWithNames = NonNullable<Awaited<ReturnType<typeof invitationRepository.findByDigest>>>;
