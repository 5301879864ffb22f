import type { Audit } from "#contracts/audit";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { presentAudit } from "./audit.presenter";
import { auditService } from "./audit.service";

/** The face of the audit module: its routes. It reads other modules only through their faces. */
export { auditRoutes } from "./audit.routes";

/**
 * A team's audit as `GET /teams/:teamId/audit` answers it, under the same policy (the team's
 * leaders only, else a 404 `AppError`): for a report of it.
 */
export const teamAuditOf = async (ctx: AppContext, auth: AuthContext, teamId: string): Promise<Audit> =>
  presentAudit(await auditService(ctx).team(auth, teamId));
