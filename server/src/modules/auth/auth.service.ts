import type { AuthContext } from "../../access/auth-context";
import { sessionRepository } from "../../access/session.repository";
import { sessionService } from "../../access/sessions";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import { iso } from "../../lib/clock";
import { AppError, badRequest, notFound } from "../../lib/errors";
import { contextPasswordProblem, hashPassword } from "../../lib/passwords";
import { type RequestOrigin, recordSecurityEvent } from "../security-log";
import { findWorkspace } from "../setup";
import {
  changeProfile,
  findUserByEmail,
  findUserInWorkspace,
  type ProfileChanges,
  setUserPassword,
} from "../users";
import { loadMe } from "./account.export";
import { checkPassword } from "./credentials";
import { trustedDevice } from "./device-cookie";
import { issuePending } from "./second-factor.crypto";
import { secondFactorIsOn } from "./second-factor.service";

/** The runtime's own name for a zone the contract accepted (`US/Pacific` is `America/Los_Angeles`). */
const canonicalTimeZone = (name: string): string =>
  new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;

const wrongCredentials = () =>
  new AppError(401, "invalid_credentials", "The email or password is not right.");

export function authService(ctx: AppContext) {
  const sessions = sessionService(ctx);

  return {
    /**
     * Email + password sign-in, throttled per account and per address, or per device for a
     * browser that signed in to this account before; returns a new session token, or, when the
     * person uses two-step sign-in, the pending cookie that waits for their code.
     */
    async login(input: {
      email: string;
      password: string;
      address: string;
      deviceCookie: string | undefined;
      origin: RequestOrigin;
    }): Promise<{ session: string } | { pending: string }> {
      const now = ctx.clock.now();
      const { email, address, origin } = input;
      const device = trustedDevice(ctx.config.sessionSecret, input.deviceCookie, email, now);
      const user = await findUserByEmail(ctx.db, email);
      if (!(await checkPassword(ctx.db, { email, address, device }, user, input.password, now)) || !user) {
        // An address that is no account names no workspace: only the sign-in limits count it.
        if (user)
          await recordSecurityEvent(ctx.db, {
            workspaceId: user.workspace_id,
            kind: "sign_in_failed",
            outcome: "failure",
            at: now,
            subjectId: user.id,
            origin,
            detail: { reason: user.deactivated_at === null ? "wrong_password" : "deactivated" },
          });
        throw wrongCredentials();
      }
      // With two-step sign-in the sign-in is recorded when the code is taken (second-factor.service.ts).
      if (await secondFactorIsOn(ctx.db, user.id)) {
        return { pending: issuePending(ctx.config.sessionSecret, user.id, user.workspace_id, now) };
      }
      return ctx.db.transaction().execute(async (trx) => {
        const session = await sessions.start(trx, user.id, origin);
        await recordSecurityEvent(trx, {
          workspaceId: user.workspace_id,
          kind: "sign_in",
          at: now,
          actorId: user.id,
          subjectId: user.id,
          origin,
        });
        return { session };
      });
    },

    async logout(auth: AuthContext, origin: RequestOrigin): Promise<void> {
      await ctx.db.transaction().execute(async (trx) => {
        await sessions.end(auth.sessionId, trx);
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "sign_out",
          at: ctx.clock.now(),
          actorId: auth.userId,
          subjectId: auth.userId,
          origin,
        });
      });
    },

    me: (auth: AuthContext) => loadMe(ctx.db, auth),

    /**
     * The person's own name and settings. A time zone is stored by its canonical name
     * (`europe/berlin` and `Europe/Berlin` are one zone); nothing given, nothing written.
     */
    async changeProfile(auth: AuthContext, changes: ProfileChanges): Promise<void> {
      if (Object.values(changes).every((value) => value === undefined)) return;
      const timeZone = changes.timeZone && canonicalTimeZone(changes.timeZone);
      await writeContent(ctx.db, auth.workspaceId, (trx) =>
        changeProfile(
          trx,
          auth.userId,
          { ...changes, ...(timeZone ? { timeZone } : {}) },
          iso(ctx.clock.now()),
        ),
      );
    },

    /**
     * Changes the password after checking the current one, under the same limits as sign-in;
     * every other session of the user ends.
     */
    async changePassword(
      auth: AuthContext,
      input: { currentPassword: string; newPassword: string; address: string; origin: RequestOrigin },
    ): Promise<void> {
      const { currentPassword, newPassword } = input;
      const user = await findUserInWorkspace(ctx.db, auth.workspaceId, auth.userId);
      if (!user) throw notFound("Your account");
      const attempt = { email: user.email, address: input.address, device: null };
      if (!(await checkPassword(ctx.db, attempt, user, currentPassword, ctx.clock.now()))) {
        await recordSecurityEvent(ctx.db, {
          workspaceId: auth.workspaceId,
          kind: "password_changed",
          outcome: "failure",
          at: ctx.clock.now(),
          actorId: user.id,
          subjectId: user.id,
          origin: input.origin,
          detail: { reason: "wrong_password" },
        });
        throw badRequest("currentPassword", "Invalid currentPassword: does not match", "does not match");
      }
      const workspace = await findWorkspace(ctx.db, auth.workspaceId);
      const problem = contextPasswordProblem(newPassword, { ...user, workspaceName: workspace?.name });
      if (problem) throw badRequest("newPassword", `Invalid newPassword: ${problem}`, problem);
      const passwordHash = await hashPassword(newPassword);
      await writeContent(ctx.db, auth.workspaceId, async (trx) => {
        await setUserPassword(trx, user.id, passwordHash, iso(ctx.clock.now()));
        await sessionRepository.deleteForUser(trx, user.id, auth.sessionId);
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "password_changed",
          at: ctx.clock.now(),
          actorId: user.id,
          subjectId: user.id,
          origin: input.origin,
          detail: { reason: "self" },
        });
      });
    },
  };
}
