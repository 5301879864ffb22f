import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import { iso } from "../../lib/clock";
import { AppError, badRequest, conflict, forbidden, notFound } from "../../lib/errors";
import { checkPassword } from "../auth";
import { type RequestOrigin, recordSecurityEvent } from "../security-log";
import { findUserInWorkspace } from "../users";
import { erasurePolicy } from "./erasure.policy";
import { erasureRepository } from "./erasure.repository";

/**
 * Erasing a person: one `writeContent` transaction that deletes what they wrote and what was
 * written about them, and turns their account into a tombstone (erasure.repository.ts). Refused,
 * with nothing changed, while they are the only active leader of a team (409 `last_leader`, naming
 * the teams: someone else must lead them first, or the team be deleted), and for the workspace's
 * last active admin (409 `last_admin`).
 */
export function erasureService(ctx: AppContext) {
  async function erase(
    workspaceId: string,
    actorId: string,
    userId: string,
    origin: RequestOrigin,
  ): Promise<void> {
    const self = actorId === userId;
    await writeContent(ctx.db, workspaceId, async (trx) => {
      const user = await findUserInWorkspace(trx, workspaceId, userId);
      if (!user || user.erased_at !== null) throw notFound("Person");
      const teams = await erasureRepository.teamsOnlyTheyLead(trx, userId);
      if (teams.length > 0) {
        const list = teams.join(", ");
        throw new AppError(
          409,
          "last_leader",
          self
            ? `You are the only leader of ${list}: make someone else its leader first, or ask an admin to delete the team.`
            : `${user.name} is the only leader of ${list}: make someone else its leader, take them off it or delete the team first.`,
          { teams },
        );
      }
      if (user.is_admin === 1 && (await erasureRepository.otherActiveAdmins(trx, workspaceId, userId)) === 0)
        throw conflict(
          "last_admin",
          "You are the workspace's only admin: make someone else an admin before deleting your account.",
        );
      await erasureRepository.erase(
        trx,
        { id: user.id, email: user.email, workspaceId },
        iso(ctx.clock.now()),
      );
      await recordSecurityEvent(trx, {
        workspaceId,
        kind: "user_deleted",
        at: ctx.clock.now(),
        actorId,
        subjectId: userId,
        origin,
        detail: { reason: self ? "self" : "by_admin" },
      });
    });
  }

  return {
    /** My own account, after my password (400 naming `password` when wrong; counted like a sign-in). */
    async eraseSelf(auth: AuthContext, password: string, origin: RequestOrigin): Promise<void> {
      const user = await findUserInWorkspace(ctx.db, auth.workspaceId, auth.userId);
      if (!user) throw notFound("Your account");
      const attempt = { email: user.email, address: origin.address ?? "", device: null };
      if (!(await checkPassword(ctx.db, attempt, user, password, ctx.clock.now()))) {
        await recordSecurityEvent(ctx.db, {
          workspaceId: auth.workspaceId,
          kind: "user_deleted",
          at: ctx.clock.now(),
          outcome: "failure",
          actorId: auth.userId,
          subjectId: auth.userId,
          origin,
          detail: { reason: "wrong_password" },
        });
        throw badRequest("password", "Invalid password: does not match", "does not match");
      }
      await erase(auth.workspaceId, auth.userId, auth.userId, origin);
    },

    /** An admin erases someone else of their workspace. */
    async eraseOther(auth: AuthContext, userId: string, origin: RequestOrigin): Promise<void> {
      if (!auth.isAdmin) throw forbidden("Only admins can delete people.");
      if (!erasurePolicy.canEraseOther(auth, userId))
        throw conflict(
          "cannot_delete_self",
          "Delete your own account from your account page, with your password.",
        );
      await erase(auth.workspaceId, auth.userId, userId, origin);
    },
  };
}
