import type { AuthContext } from "../../access/auth-context";
import { sessionRepository } from "../../access/session.repository";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import { iso } from "../../lib/clock";
import { conflict, forbidden, notFound } from "../../lib/errors";
import { type RequestOrigin, recordSecurityEvent } from "../security-log";
import { userPolicy } from "./user.policy";
import { userRepository } from "./user.repository";

function assertAdmin(auth: AuthContext): void {
  if (!userPolicy.canManagePeople(auth)) throw forbidden("Only admins can manage people.");
}

export function userService(ctx: AppContext) {
  return {
    list(auth: AuthContext) {
      assertAdmin(auth);
      return userRepository.listInWorkspace(ctx.db, auth.workspaceId);
    },

    /** Deactivating ends every session of the person in the same transaction. */
    async setActive(
      auth: AuthContext,
      userId: string,
      active: boolean,
      origin: RequestOrigin,
    ): Promise<void> {
      assertAdmin(auth);
      if (!active && !userPolicy.canDeactivate(auth, userId))
        throw conflict("cannot_deactivate_self", "You cannot deactivate yourself.");
      await writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const user = await userRepository.findInWorkspace(trx, auth.workspaceId, userId);
        if (!user || user.erased_at !== null) throw notFound("Person");
        const now = iso(ctx.clock.now());
        await userRepository.update(trx, userId, { deactivated_at: active ? null : now, updated_at: now });
        if (!active) await sessionRepository.deleteForUser(trx, userId);
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: active ? "reactivated" : "deactivated",
          at: ctx.clock.now(),
          actorId: auth.userId,
          subjectId: userId,
          origin,
        });
      });
    },
  };
}
