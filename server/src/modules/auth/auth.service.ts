import type { AppContext } from "../../context";
import { iso } from "../../lib/clock";
import { AppError, badRequest, notFound } from "../../lib/errors";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../../lib/passwords";
import { workspaceRepository } from "../setup/workspace.repository";
import { teamRepository } from "../teams/team.repository";
import { userRepository } from "../users/user.repository";
import { assertNotThrottled, recordFailure } from "./login-throttle";
import { sessionRepository } from "./session.repository";
import { type AuthContext, sessionService } from "./session.service";

const wrongCredentials = () =>
  new AppError(401, "invalid_credentials", "The email or password is not right.");

export function authService(ctx: AppContext) {
  const sessions = sessionService(ctx);

  return {
    /** Email + password sign-in, throttled per account and per address; returns a new session token. */
    async login(email: string, password: string, address: string): Promise<string> {
      const now = ctx.clock.now();
      await assertNotThrottled(ctx.db, email, address, now);
      const user = await userRepository.findByEmail(ctx.db, email);
      const ok = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), password);
      if (!user || !ok || user.deactivated_at !== null) {
        await recordFailure(ctx.db, email, address, now);
        throw wrongCredentials();
      }
      return sessions.start(ctx.db, user.id);
    },

    logout: (auth: AuthContext) => sessions.end(auth.sessionId),

    async me(auth: AuthContext) {
      const user = await userRepository.findInWorkspace(ctx.db, auth.workspaceId, auth.userId);
      const workspace = await workspaceRepository.findById(ctx.db, auth.workspaceId);
      if (!user || !workspace) throw notFound("Your account");
      const teams = await teamRepository.list(ctx.db, auth.workspaceId, auth.userId, false);
      return { user, workspace, teams };
    },

    async rename(auth: AuthContext, name: string): Promise<void> {
      await userRepository.update(ctx.db, auth.userId, { name, updated_at: iso(ctx.clock.now()) });
    },

    /** Changes the password after checking the current one; every other session of the user ends. */
    async changePassword(auth: AuthContext, currentPassword: string, newPassword: string): Promise<void> {
      const user = await userRepository.findInWorkspace(ctx.db, auth.workspaceId, auth.userId);
      if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
        throw badRequest("currentPassword", "Invalid currentPassword: does not match", "does not match");
      }
      const passwordHash = await hashPassword(newPassword);
      await ctx.db.transaction().execute(async (trx) => {
        await userRepository.update(trx, user.id, {
          password_hash: passwordHash,
          updated_at: iso(ctx.clock.now()),
        });
        await sessionRepository.deleteForUser(trx, user.id, auth.sessionId);
      });
    },
  };
}
