import type { AppContext } from "../../context";
import { lockWorkspacesForSetup } from "../../db/dialect";
import { iso } from "../../lib/clock";
import { conflict } from "../../lib/errors";
import { hashPassword } from "../../lib/passwords";
import { newId } from "../../lib/tokens";
import { sessionService } from "../auth/session.service";
import { facetRepository } from "../facets/facet.repository";
import { userRepository } from "../users/user.repository";
import { workspaceRepository } from "./workspace.repository";

export interface SetupInput {
  workspaceName: string;
  name: string;
  email: string;
  password: string;
}

export function setupService(ctx: AppContext) {
  const sessions = sessionService(ctx);
  return {
    async isNeeded(): Promise<boolean> {
      return (await workspaceRepository.count(ctx.db)) === 0;
    },

    /** First run: the workspace and its first admin, only while no workspace exists. */
    async run(input: SetupInput) {
      const passwordHash = await hashPassword(input.password);
      return ctx.db.transaction().execute(async (trx) => {
        await lockWorkspacesForSetup(trx, ctx.dialect);
        if ((await workspaceRepository.count(trx)) > 0) {
          throw conflict("already_set_up", "Rapport is already set up. Sign in instead.");
        }
        const now = iso(ctx.clock.now());
        const workspace = { id: newId(), name: input.workspaceName, freshness_days: 180, created_at: now };
        await workspaceRepository.insert(trx, workspace);
        await facetRepository.seedDefaults(trx, workspace.id, now);
        const user = {
          id: newId(),
          workspace_id: workspace.id,
          email: input.email,
          name: input.name,
          password_hash: passwordHash,
          is_admin: 1 as const,
          deactivated_at: null,
          created_at: now,
          updated_at: now,
        };
        await userRepository.insert(trx, user);
        const token = await sessions.start(trx, user.id);
        return { workspace, user, token };
      });
    },
  };
}
