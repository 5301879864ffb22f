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

  /** The invitation a link led to before it was renewed, or undefined for a link never issued. */
  findReplacedLink(db: Kysely<Database>, tokenHash: string) {
    return db
      .selectFrom("replaced_invitation_links")
      .innerJoin("invitations", "invitations.id", "replaced_invitation_links.invitation_id")
      .select(["invitations.accepted_at", "invitations.revoked_at", "invitations.expires_at"])
      .where("replaced_invitation_links.token_hash", "=", tokenHash)
      .executeTakeFirst();
  },

  findInWorkspace(db: Kysely<Database>, workspaceId: string, id: string) {
    return db
      .selectFrom("invitations")
      .selectAll()
      .where("id", "=", id)
      .where("workspace_id", "=", workspaceId)
      .executeTakeFirst();
  },

  /**
   * Marks the invitation used, through the link `tokenHash`; false when that link no longer
   * works: someone used it first (single use), or it was revoked or renewed meanwhile.
   */
  async markAccepted(
    db: Kysely<Database>,
    id: string,
    tokenHash: string,
    userId: string,
    at: string,
  ): Promise<boolean> {
    const result = await db
      .updateTable("invitations")
      .set({ accepted_at: at, accepted_by: userId })
      .where("id", "=", id)
      .where("token_hash", "=", tokenHash)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /** Withdraws an invitation not yet accepted; false when it was accepted (or revoked) before. */
  async revoke(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
    const result = await db
      .updateTable("invitations")
      .set({ revoked_at: at })
      .where("id", "=", id)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /**
   * Gives an open invitation a new link and expiry; the old link's digest is kept so that it
   * answers "replaced". False when the invitation was accepted or revoked, or renewed meanwhile.
   */
  async renew(
    db: Kysely<Database>,
    id: string,
    link: { previousTokenHash: string; tokenHash: string; expiresAt: string; at: string },
  ): Promise<boolean> {
    const result = await db
      .updateTable("invitations")
      .set({ token_hash: link.tokenHash, expires_at: link.expiresAt })
      .where("id", "=", id)
      .where("token_hash", "=", link.previousTokenHash)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await db
      .insertInto("replaced_invitation_links")
      .values({ token_hash: link.previousTokenHash, invitation_id: id, replaced_at: link.at })
      .execute();
    return true;
  },

  /**
   * The team's open invitations, pending or expired (neither accepted nor revoked), newest first.
   * Expired ones stay listed, to renew, until housekeeping forgets them.
   */
  openInvitations(db: Kysely<Database>, teamId: string) {
    return db
      .selectFrom("invitations")
      .select(["id", "email", "role", "created_at", "expires_at"])
      .where("team_id", "=", teamId)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .orderBy("created_at", "desc")
      .execute();
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
