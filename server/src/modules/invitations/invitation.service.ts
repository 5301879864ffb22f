import type { Kysely } from "kysely";
import type { OpenInvitation } from "#contracts/invitations";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import { sessionService } from "../../access/sessions";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { Database, TeamRole } from "../../db/schema";
import { addDays, iso } from "../../lib/clock";
import { AppError, badRequest, conflict, forbidden, notFound } from "../../lib/errors";
import { contextPasswordProblem, hashPassword, passwordProblem } from "../../lib/passwords";
import { newId, newToken, tokenDigest } from "../../lib/tokens";
import { refusePassword } from "../auth";
import { type RequestOrigin, recordSecurityEvent } from "../security-log";
import { addTeamMember, roleOnTeam, teamService } from "../teams";
import { addUser, findUserByEmail } from "../users";
import { invitationPolicy } from "./invitation.policy";
import { type InvitationWithNames, invitationRepository } from "./invitation.repository";
import { deadLinkError, invitationState, openState, unknownLinkError } from "./invitation-state";

const alreadyAccepted = (act: "withdraw" | "renew") =>
  conflict(
    "invitation_accepted",
    `This invitation was already accepted, so there is nothing to ${act}. To take the person off the team, remove them from it.`,
  );

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

/**
 * A team's open invitations (neither accepted nor revoked), newest first, each with its state at
 * `now`: pending or expired. Whoever calls has decided that the viewer may manage the team.
 */
export async function openInvitations(
  db: Kysely<Database>,
  teamId: string,
  now: string,
): Promise<OpenInvitation[]> {
  const rows = await invitationRepository.openInvitations(db, teamId);
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    status: openState(row, now),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }));
}

/** Who a link's visitor is once let in: their existing account, or the password hash of a new one. */
export interface Admission {
  existing: { id: string; workspace_id: string } | undefined;
  passwordHash: string | null;
}

/**
 * Lets a link's visitor in, or refuses them, by the rules of every single-use link that adds an
 * account somewhere (a team invitation, a coach's invitation): signed in as the invited address's
 * account, in the link's workspace, they go ahead; signed out, for an address with no account, they
 * bring a name and a password (checked here) for a new one; signed in as someone else is 403
 * `wrong_account`; an account in another workspace 403; an existing account signed out is 401
 * `sign_in_required` (a password sent for it counts as a failed sign-in). Reads, writes nothing.
 */
export async function admission(
  ctx: AppContext,
  invitation: { email: string; workspace_id: string; workspace_name: string },
  input: { name?: string | undefined; password?: string | undefined },
  by: { auth: AuthContext | null; address: string },
): Promise<Admission> {
  const existing = await findUserByEmail(ctx.db, invitation.email);
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
  if (acceptance === "join") return { existing, passwordHash: null };
  const { name, password } = input;
  if (!name) throw badRequest("name", "Invalid name: is required", "is required");
  if (password === undefined) throw badRequest("password", "Invalid password: is required", "is required");
  const problem =
    passwordProblem(password) ??
    contextPasswordProblem(password, {
      name,
      email: invitation.email,
      workspaceName: invitation.workspace_name,
    });
  if (problem) throw badRequest("password", `Invalid password: ${problem}`);
  return { existing: undefined, passwordHash: await hashPassword(password) };
}

/** The admitted visitor's account id, creating the new account in the caller's transaction. */
export async function admit(
  trx: Kysely<Database>,
  admitted: Admission,
  invitation: { email: string; workspace_id: string },
  name: string | undefined,
  now: string,
): Promise<string> {
  if (admitted.existing) return admitted.existing.id;
  const userId = newId();
  await addUser(trx, {
    id: userId,
    workspace_id: invitation.workspace_id,
    email: invitation.email,
    name: name ?? "",
    password_hash: admitted.passwordHash ?? "",
    is_admin: 0,
    deactivated_at: null,
    created_at: now,
    updated_at: now,
  });
  return userId;
}

export function invitationService(ctx: AppContext) {
  const teams = teamService(ctx);
  const sessions = sessionService(ctx);
  const digest = (token: string) => tokenDigest(ctx.config.sessionSecret, token);

  /** A usable invitation, or a 404/410 a person understands (invitation-state.ts words them all). */
  async function usable(token: string): Promise<InvitationWithNames & { linkDigest: string }> {
    const linkDigest = digest(token);
    const invitation = await invitationRepository.findByDigest(ctx.db, linkDigest);
    if (!invitation) {
      const replaced = await invitationRepository.findReplacedLink(ctx.db, linkDigest);
      if (!replaced) throw unknownLinkError();
      const state = invitationState(replaced, iso(ctx.clock.now()));
      // A link renewed away is "replaced", unless the invitation has ended for good since.
      throw deadLinkError(state === "accepted" || state === "revoked" ? state : "replaced");
    }
    const state = invitationState(invitation, iso(ctx.clock.now()));
    if (state !== "pending") throw deadLinkError(state);
    return { ...invitation, linkDigest };
  }

  /** An invitation of the viewer's workspace that the viewer may manage, with its team; else 404. */
  async function managed(db: Kysely<Database>, auth: AuthContext, invitationId: string) {
    const invitation = await invitationRepository.findInWorkspace(db, auth.workspaceId, invitationId);
    const standing = invitation && (await relations.team(db, auth, invitation.team_id));
    if (!invitation || !standing || !invitationPolicy.canManage(auth, standing.role))
      throw notFound("Invitation");
    return { invitation, team: standing.team };
  }

  async function mailLink(to: string, teamName: string, role: TeamRole, url: string): Promise<boolean> {
    if (!ctx.mailer.enabled) return false;
    await ctx.mailer.send({
      to,
      subject: `You're invited to ${teamName} on Rapport`,
      text: `You have been invited to join ${teamName} as a ${role}.\n\nOpen this link within ${INVITATION_DAYS} days to accept:\n${url}\n`,
    });
    return true;
  }

  const linkUrl = (token: string) => `${ctx.config.baseUrl}/invitations/${token}`;

  return {
    async create(
      auth: AuthContext,
      teamId: string,
      input: { email: string; role: TeamRole },
      origin: RequestOrigin,
    ) {
      const { team, role } = await teams.access(auth, teamId);
      if (!invitationPolicy.canManage(auth, role))
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
        revoked_at: null,
      };
      await writeContent(ctx.db, auth.workspaceId, async (trx) => {
        await invitationRepository.insert(trx, invitation);
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "invitation_sent",
          at: now,
          actorId: auth.userId,
          origin,
          detail: { invitationId: invitation.id, teamId: team.id, role: input.role },
        });
      });
      const url = linkUrl(token);
      const emailed = await mailLink(input.email, team.name, input.role, url);
      return { invitation, url, emailed };
    },

    /** The team's open invitations, each pending or expired, for whoever may invite to the team. */
    async list(auth: AuthContext, teamId: string) {
      const { role } = await teams.access(auth, teamId);
      if (!invitationPolicy.canManage(auth, role))
        throw forbidden("Only the team's leaders and admins can see its invitations.");
      return openInvitations(ctx.db, teamId, iso(ctx.clock.now()));
    },

    /**
     * Withdraws an invitation: its link answers 410 "withdrawn" from now on. Revoking one already
     * revoked changes nothing and succeeds; one already accepted is a 409 (the person is on the
     * team: removing them is another act).
     */
    async revoke(auth: AuthContext, invitationId: string, origin: RequestOrigin): Promise<void> {
      await writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const { invitation } = await managed(trx, auth, invitationId);
        const state = invitationState(invitation, iso(ctx.clock.now()));
        if (state === "revoked") return;
        if (state === "accepted") throw alreadyAccepted("withdraw");
        await invitationRepository.revoke(trx, invitation.id, iso(ctx.clock.now()));
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "invitation_revoked",
          at: ctx.clock.now(),
          actorId: auth.userId,
          origin,
          detail: { invitationId: invitation.id, teamId: invitation.team_id, role: invitation.role },
        });
      });
    },

    /**
     * A fresh link for an open invitation, pending or expired: a new token, valid INVITATION_DAYS
     * from now; the old link answers 410 "replaced". Mailed again when mail is set up.
     */
    async renew(auth: AuthContext, invitationId: string, origin: RequestOrigin) {
      const token = newToken();
      const { invitation, team } = await writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const found = await managed(trx, auth, invitationId);
        const now = ctx.clock.now();
        const state = invitationState(found.invitation, iso(now));
        if (state === "accepted") throw alreadyAccepted("renew");
        if (state === "revoked")
          throw conflict(
            "invitation_revoked",
            "This invitation was withdrawn. Invite the address again to send a new link.",
          );
        const renewed = {
          ...found.invitation,
          token_hash: digest(token),
          expires_at: iso(addDays(now, INVITATION_DAYS)),
        };
        const done = await invitationRepository.renew(trx, renewed.id, {
          previousTokenHash: found.invitation.token_hash,
          tokenHash: renewed.token_hash,
          expiresAt: renewed.expires_at,
          at: iso(now),
        });
        if (!done)
          throw conflict("invitation_changed", "This invitation changed meanwhile. Reload and try again.");
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "invitation_renewed",
          at: now,
          actorId: auth.userId,
          origin,
          detail: { invitationId: renewed.id, teamId: renewed.team_id, role: renewed.role },
        });
        return { invitation: renewed, team: found.team };
      });
      const url = linkUrl(token);
      const emailed = await mailLink(invitation.email, team.name, invitation.role, url);
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
      by: { auth: AuthContext | null; address: string; origin: RequestOrigin },
    ) {
      const invitation = await usable(token);
      const admitted = await admission(ctx, invitation, input, by);
      return writeContent(ctx.db, invitation.workspace_id, async (trx) => {
        const now = iso(ctx.clock.now());
        const userId = await admit(trx, admitted, invitation, input.name, now);
        if (
          !(await invitationRepository.markAccepted(trx, invitation.id, invitation.linkDigest, userId, now))
        ) {
          // Used, revoked or renewed since the check above: say which, as the preview would.
          await usable(token);
          throw deadLinkError("accepted");
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
        const sessionToken = admitted.existing ? null : await sessions.start(trx, userId, by.origin);
        await recordSecurityEvent(trx, {
          workspaceId: invitation.workspace_id,
          kind: "invitation_accepted",
          at: ctx.clock.now(),
          actorId: userId,
          subjectId: userId,
          origin: by.origin,
          detail: {
            invitationId: invitation.id,
            teamId: invitation.team_id,
            role: invitation.role,
            reason: admitted.existing ? "existing_account" : "new_account",
          },
        });
        return { userId, teamId: invitation.team_id, sessionToken };
      });
    },
  };
}
