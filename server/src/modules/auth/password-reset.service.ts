import type { Kysely } from "kysely";
import type { AuthContext } from "../../access/auth-context";
import { sessionRepository } from "../../access/session.repository";
import { sessionService } from "../../access/sessions";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { Database } from "../../db/schema";
import { addDays, addMinutes, iso } from "../../lib/clock";
import { AppError, badRequest, conflict, forbidden, gone, notFound } from "../../lib/errors";
import { contextPasswordProblem, hashPassword } from "../../lib/passwords";
import { newId, newToken, tokenDigest } from "../../lib/tokens";
import { type RequestOrigin, recordSecurityEvent } from "../security-log";
import { findWorkspace } from "../setup";
import { findUserByEmail, findUserInWorkspace, setUserPassword, userPolicy } from "../users";
import { assertNotThrottled, recordFailure } from "./login-throttle";
import { type PasswordResetWithAccount, passwordResetRepository } from "./password-reset.repository";
import { issuePending } from "./second-factor.crypto";
import { secondFactorIsOn } from "./second-factor.service";

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 60;
/**
 * How long a link is kept after it expired: until then it answers "expired" or "used", a message
 * a person understands; after that "not found", like any unknown link.
 */
export const EXPIRED_RESET_KEPT_DAYS = 7;

/** Deletes links that expired more than EXPIRED_RESET_KEPT_DAYS ago (housekeeping). */
export async function forgetLongExpiredResets(ctx: AppContext): Promise<void> {
  await passwordResetRepository.deleteExpiredBefore(
    ctx.db,
    iso(addDays(ctx.clock.now(), -EXPIRED_RESET_KEPT_DAYS)),
  );
}

const USED_MESSAGE =
  "This link has already been used. Sign in with your new password, or ask for a new link.";

/**
 * Password recovery (issue 9): a single-use link, valid for an hour, sent by mail to whoever asks
 * for it by address (when SMTP is set up) or made by an admin to hand over. Using it sets a new
 * password, ends every session of the person, and signs them in afresh. Links are account
 * bookkeeping (not content, ADR 5); setting the password changes the account, which is content.
 */
export function passwordResetService(ctx: AppContext) {
  const sessions = sessionService(ctx);
  const digest = (token: string) => tokenDigest(ctx.config.sessionSecret, token);
  // A fragment, never a path: the token stays out of every request line and so out of the logs.
  const linkTo = (token: string) => `${ctx.config.baseUrl}/reset-password#${token}`;

  async function issue(
    db: Kysely<Database>,
    user: { id: string; workspace_id: string },
    createdBy: string | null,
    origin: RequestOrigin,
  ) {
    const token = newToken();
    const now = ctx.clock.now();
    const userId = user.id;
    const expiresAt = iso(addMinutes(now, RESET_LINK_MINUTES));
    await passwordResetRepository.insert(db, {
      id: newId(),
      user_id: userId,
      token_hash: digest(token),
      created_by: createdBy,
      created_at: iso(now),
      expires_at: expiresAt,
      used_at: null,
    });
    await recordSecurityEvent(db, {
      workspaceId: user.workspace_id,
      kind: "password_reset_requested",
      at: now,
      actorId: createdBy,
      subjectId: userId,
      origin,
      detail: { reason: createdBy === null ? "by_mail" : "by_admin" },
    });
    return { url: linkTo(token), expiresAt };
  }

  /** A link that still works, or a 404/410 a person understands. */
  async function usable(token: string): Promise<PasswordResetWithAccount> {
    const reset = await passwordResetRepository.findByDigest(ctx.db, digest(token));
    if (!reset) throw notFound("This link");
    if (reset.used_at !== null) throw gone("reset_link_used", USED_MESSAGE);
    if (reset.expires_at <= iso(ctx.clock.now())) {
      throw gone(
        "reset_link_expired",
        `This link has expired: reset links work for ${RESET_LINK_MINUTES} minutes. Ask for a new one.`,
      );
    }
    if (reset.deactivated_at !== null) {
      throw gone("account_deactivated", "This account is deactivated. Ask an admin of your workspace.");
    }
    return reset;
  }

  return {
    /** Whether links are sent by mail here; without mail, an admin makes them. */
    byMail: (): boolean => ctx.mailer.enabled,

    /**
     * Someone asks for a link for an address. Limited like sign-in (every request counts), and
     * answered alike whether or not the address has an account: the mail, when there is one, goes
     * out after the answer (`delivery`), so neither the answer nor its timing says which.
     */
    async request(input: {
      email: string;
      address: string;
      origin: RequestOrigin;
    }): Promise<{ delivery: Promise<void> | null }> {
      const now = ctx.clock.now();
      const attempt = {
        email: input.email,
        address: input.address,
        device: null,
        limited: "password-reset" as const,
      };
      await assertNotThrottled(ctx.db, attempt, now);
      await recordFailure(ctx.db, attempt, now);
      if (!ctx.mailer.enabled) return { delivery: null };
      const user = await findUserByEmail(ctx.db, input.email);
      if (!user || user.deactivated_at !== null) return { delivery: null };
      const { url } = await ctx.db.transaction().execute((trx) => issue(trx, user, null, input.origin));
      const delivery = ctx.mailer.send({
        to: user.email,
        subject: "Set a new password for Rapport",
        text: [
          `Someone asked to set a new password for the Rapport account ${user.email}.`,
          "",
          `To choose a new password, open this link within ${RESET_LINK_MINUTES} minutes. It works once, and it signs you out everywhere else:`,
          url,
          "",
          "If you did not ask for this, ignore this mail: your password stays as it is.",
          "",
        ].join("\n"),
      });
      return { delivery };
    },

    /** An admin makes a link for someone in their workspace, to hand over themselves. */
    async make(
      auth: AuthContext,
      userId: string,
      origin: RequestOrigin,
    ): Promise<{ url: string; expiresAt: string }> {
      if (!userPolicy.canMakePasswordResetLink(auth))
        throw forbidden("Only admins can make password reset links.");
      const user = await findUserInWorkspace(ctx.db, auth.workspaceId, userId);
      if (!user || user.erased_at !== null) throw notFound("Person");
      if (user.deactivated_at !== null)
        throw conflict("person_deactivated", `${user.name} is deactivated: reactivate them first.`);
      return ctx.db.transaction().execute((trx) => issue(trx, user, auth.userId, origin));
    },

    /** Whose password the link sets, while it works. */
    async check(token: string) {
      const reset = await usable(token);
      return { email: reset.email, name: reset.name, expiresAt: reset.expires_at };
    },

    /**
     * Sets the new password (already checked against the password rules) and uses the link, with
     * every other open link of the person. Every session of theirs ends, as a password change
     * ends the others; API tokens stay, as they do then. Returns a fresh session, or, when the
     * person uses two-step sign-in, the pending cookie that waits for their code. One
     * transaction. Signed in as someone else, the link is refused and stays usable.
     */
    async use(token: string, newPassword: string, auth: AuthContext | null, origin: RequestOrigin) {
      const reset = await usable(token);
      if (auth && auth.userId !== reset.user_id) {
        throw new AppError(
          403,
          "wrong_account",
          "This link is for another account. Sign out, then open it again.",
        );
      }
      const workspace = await findWorkspace(ctx.db, reset.workspace_id);
      const problem = contextPasswordProblem(newPassword, { ...reset, workspaceName: workspace?.name });
      if (problem) throw badRequest("newPassword", `Invalid newPassword: ${problem}`, problem);
      const passwordHash = await hashPassword(newPassword);
      type Used = { email: string } & ({ sessionToken: string } | { pending: string });
      return writeContent(ctx.db, reset.workspace_id, async (trx): Promise<Used> => {
        const now = iso(ctx.clock.now());
        if (!(await passwordResetRepository.use(trx, reset, now)))
          throw gone("reset_link_used", USED_MESSAGE);
        await setUserPassword(trx, reset.user_id, passwordHash, now);
        await sessionRepository.deleteForUser(trx, reset.user_id);
        await recordSecurityEvent(trx, {
          workspaceId: reset.workspace_id,
          kind: "password_reset_used",
          at: ctx.clock.now(),
          actorId: reset.user_id,
          subjectId: reset.user_id,
          origin,
        });
        // A link proves the mailbox, not the second factor: with it on, the code is asked next.
        if (await secondFactorIsOn(trx, reset.user_id)) {
          const pending = issuePending(
            ctx.config.sessionSecret,
            reset.user_id,
            reset.workspace_id,
            ctx.clock.now(),
          );
          return { email: reset.email, pending };
        }
        return { email: reset.email, sessionToken: await sessions.start(trx, reset.user_id, origin) };
      });
    },
  };
}
