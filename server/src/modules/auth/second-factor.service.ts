import type { Kysely } from "kysely";
import type { SecondFactorSettings, SecondFactorSetup, SecondFactorStatus } from "#contracts/second-factor";
import { TOTP_CODE } from "#contracts/second-factor";
import type { AuthContext } from "../../access/auth-context";
import { sessionRepository } from "../../access/session.repository";
import { sessionService } from "../../access/sessions";
import type { AppContext } from "../../context";
import type { Database } from "../../db/schema";
import { iso } from "../../lib/clock";
import { AppError, badRequest, conflict, forbidden, notFound } from "../../lib/errors";
import { type RequestOrigin, recordSecurityEvent } from "../security-log";
import { findUserInWorkspace } from "../users";
import { checkPassword } from "./credentials";
import { trustedDevice } from "./device-cookie";
import { assertNotThrottled, recordFailure } from "./login-throttle";
import {
  newRecoveryCodes,
  newTotpSecret,
  openSecret,
  readPending,
  recoveryDigest,
  sealSecret,
  stepOfCode,
  totpUri,
} from "./second-factor.crypto";
import { secondFactorPolicy } from "./second-factor.policy";
import { secondFactorRepository as repository } from "./second-factor.repository";

const ISSUER = "Rapport";

const wrongCode = () => badRequest("code", "Invalid code: does not match", "does not match");
const expired = () =>
  new AppError(401, "second_factor_expired", "This sign-in has expired: sign in again with your password.");

/** Whether this person's two-step sign-in is on (set up and confirmed with a code). */
export async function secondFactorIsOn(db: Kysely<Database>, userId: string): Promise<boolean> {
  return Boolean((await repository.find(db, userId))?.confirmed_at);
}

export function secondFactorService(ctx: AppContext) {
  const key = ctx.config.sessionSecret;
  const sessions = sessionService(ctx);

  /**
   * Takes a code of a person whose two-step sign-in is on: six digits from their app, of a time
   * step later than the last one taken (so a code never works twice), or an unused recovery code,
   * which is then used up. Null when it is neither.
   */
  async function takeCode(
    db: Kysely<Database>,
    userId: string,
    code: string,
  ): Promise<"totp" | "recovery" | null> {
    const now = ctx.clock.now();
    if (TOTP_CODE.test(code)) {
      const row = await repository.find(db, userId);
      const secret = row?.confirmed_at ? openSecret(key, row.secret_box) : null;
      const step = secret ? stepOfCode(secret, code, now) : null;
      return step !== null && (await repository.takeStep(db, userId, step)) ? "totp" : null;
    }
    return (await repository.spendRecoveryCode(db, userId, recoveryDigest(code), iso(now)))
      ? "recovery"
      : null;
  }

  async function accountOf(auth: AuthContext) {
    const user = await findUserInWorkspace(ctx.db, auth.workspaceId, auth.userId);
    if (!user) throw notFound("Your account");
    return user;
  }

  return {
    async status(auth: AuthContext): Promise<SecondFactorStatus> {
      const [row, left, adminsRequired] = await Promise.all([
        repository.find(ctx.db, auth.userId),
        repository.recoveryCodesLeft(ctx.db, auth.userId),
        repository.adminsRequired(ctx.db, auth.workspaceId),
      ]);
      const enabled = Boolean(row?.confirmed_at);
      return {
        enabled,
        confirmedAt: row?.confirmed_at ?? null,
        recoveryCodesLeft: enabled ? left : 0,
        adminsRequired,
        setupRequired: auth.isAdmin && adminsRequired && !enabled,
      };
    },

    /** A new key to add to an app, replacing one not confirmed yet; off until confirmed with a code. */
    async begin(auth: AuthContext): Promise<SecondFactorSetup> {
      const user = await accountOf(auth);
      const secret = newTotpSecret();
      await ctx.db.transaction().execute(async (trx) => {
        if ((await repository.find(trx, auth.userId))?.confirmed_at) {
          throw conflict(
            "second_factor_on",
            "Two-step sign-in is already on: turn it off first to use a new key.",
          );
        }
        await repository.begin(trx, auth.userId, sealSecret(key, secret), iso(ctx.clock.now()));
      });
      return {
        secret: secret.match(/.{1,4}/g)?.join(" ") ?? secret,
        uri: totpUri(secret, user.email, ISSUER),
      };
    },

    /**
     * Turns it on with the password (under the sign-in limits) and a current code of the new key;
     * every other session of the person ends. Returns the recovery codes, this once.
     */
    async confirm(
      auth: AuthContext,
      input: { password: string; code: string; address: string },
    ): Promise<string[]> {
      const { code } = input;
      const user = await accountOf(auth);
      const now = ctx.clock.now();
      const attempt = { email: user.email, address: input.address, device: null };
      if (!(await checkPassword(ctx.db, attempt, user, input.password, now))) {
        throw badRequest("password", "Invalid password: does not match", "does not match");
      }
      const codes = newRecoveryCodes();
      await ctx.db.transaction().execute(async (trx) => {
        const row = await repository.find(trx, auth.userId);
        if (!row) throw conflict("second_factor_not_begun", "Start setting up two-step sign-in first.");
        if (row.confirmed_at) throw conflict("second_factor_on", "Two-step sign-in is already on.");
        const secret = openSecret(key, row.secret_box);
        const step = secret && TOTP_CODE.test(code) ? stepOfCode(secret, code, now) : null;
        if (step === null) throw wrongCode();
        if (!(await repository.confirm(trx, auth.userId, iso(now), step))) {
          throw conflict("second_factor_on", "Two-step sign-in is already on.");
        }
        await repository.replaceRecoveryCodes(trx, auth.userId, codes.map(recoveryDigest));
        await sessionRepository.deleteForUser(trx, auth.userId, auth.sessionId);
      });
      return codes;
    },

    /**
     * Turns it off after the password and a code (or a recovery code), both under the sign-in
     * limits; every other session of the person ends. Refused for an admin while the workspace asks
     * admins to use it.
     */
    async disable(
      auth: AuthContext,
      input: { password: string; code: string; address: string },
    ): Promise<void> {
      const user = await accountOf(auth);
      const now = ctx.clock.now();
      const attempt = { email: user.email, address: input.address, device: null };
      if (!(await checkPassword(ctx.db, attempt, user, input.password, now))) {
        throw badRequest("password", "Invalid password: does not match", "does not match");
      }
      if (!(await secondFactorIsOn(ctx.db, auth.userId))) {
        throw conflict("second_factor_off", "Two-step sign-in is not on.");
      }
      if (auth.isAdmin && (await repository.adminsRequired(ctx.db, auth.workspaceId))) {
        throw conflict(
          "second_factor_required",
          "This workspace asks admins to use two-step sign-in, so it stays on.",
        );
      }
      const done = await ctx.db.transaction().execute(async (trx) => {
        if (!(await takeCode(trx, auth.userId, input.code))) return false;
        await repository.remove(trx, auth.userId);
        await sessionRepository.deleteForUser(trx, auth.userId, auth.sessionId);
        return true;
      });
      if (!done) {
        await recordFailure(ctx.db, attempt, now);
        throw wrongCode();
      }
    },

    /**
     * The second step of a sign-in: the pending cookie says whose password was right (for five
     * minutes); a code of theirs starts the session. Wrong codes count as failed sign-ins.
     */
    async completeSignIn(input: {
      pending: string | undefined;
      code: string;
      address: string;
      origin: RequestOrigin;
      deviceCookie: string | undefined;
    }): Promise<{ token: string; email: string }> {
      const now = ctx.clock.now();
      const who = readPending(key, input.pending, now);
      if (!who) throw expired();
      const user = await findUserInWorkspace(ctx.db, who.workspaceId, who.userId);
      if (!user || user.deactivated_at !== null) throw expired();
      const device = trustedDevice(key, input.deviceCookie, user.email, now);
      const attempt = { email: user.email, address: input.address, device };
      await assertNotThrottled(ctx.db, attempt, now);
      const event = {
        workspaceId: user.workspace_id,
        at: now,
        subjectId: user.id,
        origin: input.origin,
      };
      const token = await ctx.db.transaction().execute(async (trx) => {
        if (!(await takeCode(trx, user.id, input.code))) return null;
        const session = await sessions.start(trx, user.id, input.origin);
        await recordSecurityEvent(trx, {
          ...event,
          kind: "sign_in",
          actorId: user.id,
          detail: { reason: "second_factor" },
        });
        return session;
      });
      if (!token) {
        await recordFailure(ctx.db, attempt, now);
        await recordSecurityEvent(ctx.db, {
          ...event,
          kind: "sign_in_failed",
          outcome: "failure",
          detail: { reason: "wrong_code" },
        });
        throw wrongCode();
      }
      return { token, email: user.email };
    },

    async settings(auth: AuthContext): Promise<SecondFactorSettings> {
      if (!secondFactorPolicy.canSetWorkspaceRule(auth)) throw forbidden("Only admins see this setting.");
      return { adminsRequired: await repository.adminsRequired(ctx.db, auth.workspaceId) };
    },

    /** Asks every admin to use it; only an admin who uses it themselves may turn it on. */
    async setSettings(auth: AuthContext, input: SecondFactorSettings): Promise<SecondFactorSettings> {
      if (!secondFactorPolicy.canSetWorkspaceRule(auth)) throw forbidden("Only admins change this setting.");
      return ctx.db.transaction().execute(async (trx) => {
        if (input.adminsRequired && !(await secondFactorIsOn(trx, auth.userId))) {
          throw conflict("second_factor_off", "Turn on two-step sign-in for yourself first.");
        }
        await repository.setAdminsRequired(trx, auth.workspaceId, input.adminsRequired);
        return { adminsRequired: input.adminsRequired };
      });
    },
  };
}
