import { type SessionOrigin, sessionService } from "../../access/sessions";
import type { AppContext } from "../../context";
import { bumpDataVersion } from "../../db/data-version";
import { lockWorkspacesForSetup } from "../../db/dialect";
import { iso } from "../../lib/clock";
import { badRequest, conflict } from "../../lib/errors";
import { contextPasswordProblem, hashPassword } from "../../lib/passwords";
import { setupPolicy } from "./setup.policy";
import { workspaceRepository } from "./workspace.repository";
import { insertAdmin, insertWorkspace } from "./workspace-creation";

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
      return setupPolicy.canRunSetup(await workspaceRepository.count(ctx.db));
    },

    /** First run: the workspace and its first admin, only while no workspace exists. */
    async run(input: SetupInput, origin?: SessionOrigin) {
      const problem = contextPasswordProblem(input.password, input);
      if (problem) throw badRequest("password", `Invalid password: ${problem}`, problem);
      const passwordHash = await hashPassword(input.password);
      return ctx.db.transaction().execute(async (trx) => {
        await lockWorkspacesForSetup(trx, ctx.dialect);
        if (!setupPolicy.canRunSetup(await workspaceRepository.count(trx))) {
          throw conflict("already_set_up", "Rapport is already set up. Sign in instead.");
        }
        const now = iso(ctx.clock.now());
        const workspace = await insertWorkspace(trx, input.workspaceName, now);
        await bumpDataVersion(trx, workspace.id);
        const user = await insertAdmin(trx, workspace.id, { ...input, passwordHash }, now);
        const token = await sessions.start(trx, user.id, origin);
        return { workspace, user, token };
      });
    },
  };
}
