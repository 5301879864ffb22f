import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { TeamRole, TeamTable } from "../../db/schema";
import { iso } from "../../lib/clock";
import { badRequest, forbidden, notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { findUserInWorkspace } from "../users";
import { teamPolicy } from "./team.policy";
import { teamRepository } from "./team.repository";

export interface TeamAccess {
  team: TeamTable;
  role: TeamRole | null;
}

export function teamService(ctx: AppContext) {
  /** The team and the viewer's role on it; 404 when it is not theirs to see (not 403, to hide it). */
  async function access(auth: AuthContext, teamId: string): Promise<TeamAccess> {
    const standing = await relations.team(ctx.db, auth, teamId);
    if (!standing || !teamPolicy.canView(auth, standing.role)) throw notFound("Team");
    return standing;
  }

  return {
    access,

    list(auth: AuthContext) {
      return teamRepository.list(ctx.db, auth.workspaceId, auth.userId, teamPolicy.canListEveryTeam(auth));
    },

    async create(auth: AuthContext, input: { name: string; leaderId?: string | undefined }) {
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const leadsATeam = await teamRepository.leadsAnyTeam(trx, auth.userId);
        if (!teamPolicy.canCreate(auth, leadsATeam))
          throw forbidden("Only admins and team leaders can create teams.");
        const leaderId = input.leaderId ?? auth.userId;
        if (leaderId !== auth.userId) {
          if (!teamPolicy.canCreateFor(auth, leaderId))
            throw forbidden("Only admins can create a team for someone else.");
          const leader = await findUserInWorkspace(trx, auth.workspaceId, leaderId);
          if (!leader || leader.deactivated_at !== null)
            throw badRequest("leaderId", "No active person with this id.");
        }
        const now = iso(ctx.clock.now());
        const team = { id: newId(), workspace_id: auth.workspaceId, name: input.name, created_at: now };
        await teamRepository.insert(trx, team);
        await teamRepository.addMember(trx, {
          team_id: team.id,
          user_id: leaderId,
          role: "leader",
          created_at: now,
        });
        return team;
      });
    },

    /** Whether the person leads any team: prompts about leading are theirs to answer. */
    leadsATeam: (userId: string): Promise<boolean> => teamRepository.leadsAnyTeam(ctx.db, userId),

    /** The team's active leaders, by name; 404 when the team is not the viewer's to see. */
    async leaders(auth: AuthContext, teamId: string) {
      const { team } = await access(auth, teamId);
      const roster = await teamRepository.roster(ctx.db, teamId);
      return { team, leaders: roster.filter((person) => person.role === "leader") };
    },

    async detail(auth: AuthContext, teamId: string) {
      const { team, role } = await access(auth, teamId);
      const roster = await teamRepository.roster(ctx.db, teamId);
      return { team, role, roster, canManage: teamPolicy.canManage(auth, role) };
    },
  };
}
