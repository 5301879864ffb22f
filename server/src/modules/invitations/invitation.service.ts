import type { AuthContext } from "../../access/auth-context";
import { sessionService } from "../../access/sessions";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { TeamRole } from "../../db/schema";
import { addDays, iso } from "../../lib/clock";
import { AppError, badRequest, conflict, forbidden, gone, notFound } from "../../lib/errors";
import { hashPassword, passwordProblem } from "../../lib/passwords";
import { newId, newToken, tokenDigest } from "../../lib/tokens";
import { refusePassword } from "../auth";
import { addTeamMember, roleOnTeam, teamService } from "../teams";
import { addUser, findUserByEmail } from "../users";
import { invitationPolicy } from "./invitation.policy";
import { type InvitationWithNames, invitationRepository } from "./invitation.repository";

export const INVITATION_DAYS = 7;
/**
 * How long an expired, unused invitation is kept: its link answers "expired, ask for a new one"
 * for that long, and then "not found", like any unknown link.
 */
export const EXPIRED_INVITATION_KEPT_DAYS = 30;

/** Deletes unused invitations that expired more than EXPIRED_INVITATION_KEPT_DAYS ago (housekeeping). */
export async function forgetLongExpiredInvitations(ctx: AppContext): Promise<void> {
  const before = iso(addDays(ctx.clock.now(), -EXPIRED_INVITATION_KEPT_DAYS));
  // Invitations are content (a team's page lists them): each workspace's data version moves with them.
  for (const workspaceId of await invitationRepository.workspacesWithUnacceptedExpiredBefore(
    ctx.db,
    before,
  )) {
    await writeContent(ctx.db, workspaceId, (trx) =>
      invitationRepository.deleteUnacceptedExpiredBefore(trx, workspaceId, before),
    );
  }
}

export function invitationService(ctx: AppContext) {
  const teams = teamService(ctx);
  const sessions = sessionService(ctx);
  const digest = (token: string) => tokenDigest(ctx.config.sessionSecret, token);

  /** A usable invitation, or a 404/410 a person understands. */
  async function usable(token: string): Promise<InvitationWithNames> {
    const invitation = await invitationRepository.findByDigest(ctx.db, digest(token));
    if (!invitation) throw notFound("This invitation");
    if (invitation.accepted_at !== null) {
      throw gone("invitation_used", "This invitation has already been used. Sign in, or ask for a new one.");
    }
    if (invitation.expires_at <= iso(ctx.clock.now())) {
      throw gone(
        "invitation_expired",
        "This invitation has expired. Ask the person who invited you for a new one.",
      );
    }
    return invitation;
  }

  return {
    async create(auth: AuthContext, teamId: string, input: { email: string; role: TeamRole }) {
      const { team, role } = await teams.access(auth, teamId);
      if (!invitationPolicy.canInvite(auth, role))
        throw forbidden("Only the team's leaders and admins can invite people.");
      // Whether the address has an account anywhere is not the inviter's to learn: every address
      // not already on this team is invited alike.
      const existing = await findUserByEmail(ctx.db, input.email);
      if (
        existing &&
        existing.workspace_id === auth.workspaceId &&
        (await roleOnTeam(ctx.db, teamId, existing.id))
      ) {
        throw conflict("already_on_team", `${existing.name} is already on this team.`);
      }
      const token = newToken();
      const now = ctx.clock.now();
      const invitation = {
        id: newId(),
        workspace_id: auth.workspaceId,
        team_id: team.id,
        email: input.email,
        role: input.role,
        token_hash: digest(token),
        invited_by: auth.userId,
        created_at: iso(now),
        expires_at: iso(addDays(now, INVITATION_DAYS)),
        accepted_at: null,
        accepted_by: null,
      };
      await writeContent(ctx.db, auth.workspaceId, (trx) => invitationRepository.insert(trx, invitation));
      const url = `${ctx.config.baseUrl}/invitations/${token}`;
      let emailed = false;
      if (ctx.mailer.enabled) {
        await ctx.mailer.send({
          to: input.email,
          subject: `You're invited to ${team.name} on Rapport`,
          text: `You have been invited to join ${team.name} as a ${input.role}.\n\nOpen this link within ${INVITATION_DAYS} days to accept:\n${url}\n`,
        });
        emailed = true;
      }
      return { invitation, url, emailed };
    },

    /** What the link is for. Whether the address has an account is not said: the screen offers both. */
    preview: (token: string) => usable(token),

    /**
     * Accepts an invitation. Signed in as the invited address: adds that account to the team.
     * Signed out, for an address with no account: creates it (name + password) and signs in.
     * An existing account never joins by password here: it signs in (with the sign-in limits)
     * and accepts then; a password sent for it is counted as a failed sign-in and refused.
     * One transaction; the link works once.
     */
    async accept(
      token: string,
      input: { name?: string | undefined; password?: string | undefined },
      by: { auth: AuthContext | null; address: string },
    ) {
      const invitation = await usable(token);
      const existing = await findUserByEmail(ctx.db, invitation.email);
      let passwordHash: string | null = null;
      const acceptance = invitationPolicy.acceptance(by.auth, invitation, existing);
      if (acceptance === "wrong_account") {
        throw new AppError(
          403,
          "wrong_account",
          `This invitation is for ${invitation.email}. Sign out, then open the link again.`,
        );
      }
      if (acceptance === "other_workspace") throw forbidden("This account cannot join this workspace.");
      if (acceptance === "sign_in_required") {
        if (input.password !== undefined) {
          await refusePassword(
            ctx.db,
            { email: invitation.email, address: by.address, device: null },
            ctx.clock.now(),
          );
        }
        throw new AppError(
          401,
          "sign_in_required",
          `An account already uses ${invitation.email}. Sign in with it, then accept the invitation.`,
        );
      }
      if (acceptance === "create_account") {
        const { name, password } = input;
        if (!name) throw badRequest("name", "Invalid name: is required", "is required");
        if (password === undefined)
          throw badRequest("password", "Invalid password: is required", "is required");
        const problem = passwordProblem(password);
        if (problem) throw badRequest("password", `Invalid password: ${problem}`);
        passwordHash = await hashPassword(password);
      }
      return writeContent(ctx.db, invitation.workspace_id, async (trx) => {
        const now = iso(ctx.clock.now());
        let userId: string;
        if (existing) {
          userId = existing.id;
        } else {
          userId = newId();
          await addUser(trx, {
            id: userId,
            workspace_id: invitation.workspace_id,
            email: invitation.email,
            name: input.name ?? "",
            password_hash: passwordHash ?? "",
            is_admin: 0,
            deactivated_at: null,
            created_at: now,
            updated_at: now,
          });
        }
        if (!(await invitationRepository.markAccepted(trx, invitation.id, userId, now))) {
          throw gone("invitation_used", "This invitation has already been used.");
        }
        if (!(await roleOnTeam(trx, invitation.team_id, userId))) {
          await addTeamMember(trx, {
            team_id: invitation.team_id,
            user_id: userId,
            role: invitation.role,
            created_at: now,
          });
        }
        // Someone already signed in keeps their session; a new account gets its first one.
        const sessionToken = existing ? null : await sessions.start(trx, userId);
        return { userId, teamId: invitation.team_id, sessionToken };
      });
    },
  };
}
