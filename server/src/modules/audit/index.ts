import type { Audit, AuditFigures } from "#contracts/audit";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { presentAudit } from "./audit.presenter";
import { auditService } from "./audit.service";

/** The face of the audit module: its routes, a team audit for a report, a team's figures for a coach. It reads other modules only through their faces. */
export { auditRoutes } from "./audit.routes";

/**
 * A team's audit as `GET /teams/:teamId/audit` answers it, under the same policy (the team's
 * leaders only, else a 404 `AppError`): for a report of it.
 */
export const teamAuditOf = async (ctx: AppContext, auth: AuthContext, teamId: string): Promise<Audit> =>
  presentAudit(await auditService(ctx).team(auth, teamId));

/**
 * The team-level figures of a team's audit as its leader sees them (coverage, accuracy,
 * calibration, counts): never a cell, a person, a name or a next conversation. Read on the
 * leader's behalf, with no rights but theirs; whoever calls has decided that the viewer may see
 * this leader's figures. The audit's own 404 when the person does not lead the team.
 */
export async function teamFiguresOf(
  ctx: AppContext,
  leader: { workspaceId: string; userId: string },
  teamId: string,
): Promise<AuditFigures> {
  const asLeader: AuthContext = {
    sessionId: "",
    userId: leader.userId,
    workspaceId: leader.workspaceId,
    isAdmin: false,
    dataVersion: 0,
    catalogueVersion: 0,
    questionsVersion: 0,
    scopes: null,
  };
  return (await auditService(ctx).team(asLeader, teamId)).report.figures;
}
