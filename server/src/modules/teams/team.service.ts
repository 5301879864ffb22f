import type { Kysely, Transaction } from "kysely";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { Database, TeamRole, TeamTable } from "../../db/schema";
import { iso } from "../../lib/clock";
import { badRequest, conflict, forbidden, notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { type RequestOrigin, recordSecurityEvent } from "../security-log";
import { findUserInWorkspace } from "../users";
import { teamPolicy } from "./team.policy";
import { teamRepository } from "./team.repository";

/**
 * Forgets, in the deleting transaction, what each leader wrote about people they no longer lead.
 * The knowledge module's to do (its tables); handed in by the team-deletion module, so teams
 * import nothing of knowledge.
 */
export type ForgetKnowledge = (
  trx: Transaction<Database>,
  forgotten: { leaderId: string; personIds: string[] }[],
) => Promise<void>;

export interface TeamAccess {
  team: TeamTable;
  role: TeamRole | null;
}

const activeLeaders = <Person extends { role: TeamRole; deactivated_at: string | null }>(people: Person[]) =>
  people.filter((p) => p.role === "leader" && p.deactivated_at === null);

export function teamService(ctx: AppContext) {
  /** The team and the viewer's role on it; 404 when it is not theirs to see (not 403, to hide it). */
  async function access(
    auth: AuthContext,
    teamId: string,
    db: Kysely<Database> = ctx.db,
  ): Promise<TeamAccess> {
    const standing = await relations.team(db, auth, teamId);
    if (!standing || !teamPolicy.canView(auth, standing.role)) throw notFound("Team");
    return standing;
  }

  /** As access, and the viewer may manage the team: its people see it but get a 403. */
  async function managed(auth: AuthContext, teamId: string, db: Kysely<Database>): Promise<TeamAccess> {
    const standing = await access(auth, teamId, db);
    if (!teamPolicy.canManage(auth, standing.role))
      throw forbidden("Only the team's leaders and admins can change the team.");
    return standing;
  }

  /**
   * A person on a managed team, and the team's people. Refuses (409) to leave the team without an
   * active leader when the change takes `userId` out of leading it, unless the policy allows.
   */
  async function changeOfPerson(
    trx: Kysely<Database>,
    auth: AuthContext,
    teamId: string,
    userId: string,
    stopsLeading: (role: TeamRole) => boolean,
  ) {
    await managed(auth, teamId, trx);
    const people = await teamRepository.memberships(trx, teamId);
    const person = people.find((p) => p.user_id === userId);
    if (!person) throw notFound("Person on this team");
    const leaders = activeLeaders(people);
    const lastLeader = leaders.length === 1 && leaders[0]?.user_id === userId;
    if (stopsLeading(person.role) && lastLeader && !teamPolicy.canLeaveWithoutLeader(auth)) {
      throw conflict(
        "last_leader",
        `${person.name} is this team's only leader. Make someone else a leader first, or ask an admin.`,
      );
    }
    return person;
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

    async rename(auth: AuthContext, teamId: string, name: string) {
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const { team } = await managed(auth, teamId, trx);
        await teamRepository.rename(trx, teamId, name);
        return { ...team, name };
      });
    },

    /**
     * Makes a person on the team its leader or a member. Demoting the last active leader is
     * refused (409) but for admins. What a demoted leader wrote about the team's people is kept,
     * out of sight while they lead those people nowhere (every read of it asks who leads whom now).
     */
    async changeRole(
      auth: AuthContext,
      teamId: string,
      userId: string,
      role: TeamRole,
      origin: RequestOrigin,
    ) {
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const person = await changeOfPerson(
          trx,
          auth,
          teamId,
          userId,
          (was) => was === "leader" && role !== "leader",
        );
        if (person.role !== role) {
          await teamRepository.setRole(trx, teamId, userId, role);
          await recordSecurityEvent(trx, {
            workspaceId: auth.workspaceId,
            kind: "role_changed",
            at: ctx.clock.now(),
            actorId: auth.userId,
            subjectId: userId,
            origin,
            detail: { teamId, role, previousRole: person.role },
          });
        }
        return { ...person, role };
      });
    },

    /**
     * Takes a person off the team. Removing the last active leader is refused (409) but for admins.
     * The person's answers stay theirs; what the team's leaders wrote about them is kept, out of
     * sight while no team joins them again (see changeRole), and deleted only with the team.
     */
    async removePerson(
      auth: AuthContext,
      teamId: string,
      userId: string,
      origin: RequestOrigin,
    ): Promise<void> {
      await writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const person = await changeOfPerson(trx, auth, teamId, userId, (was) => was === "leader");
        await teamRepository.removeMember(trx, teamId, userId);
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "member_removed",
          at: ctx.clock.now(),
          actorId: auth.userId,
          subjectId: userId,
          origin,
          detail: { teamId, previousRole: person.role },
        });
      });
    },

    /**
     * Deletes the team with its memberships and invitations, and what its leaders wrote about its
     * people (beliefs, comparisons) where the leader no longer leads that person through another
     * team. Members' answers are theirs and stay. A leader may delete a team only while no one else
     * leads it (409 otherwise); admins always may.
     */
    async delete(auth: AuthContext, teamId: string, forgetKnowledge: ForgetKnowledge): Promise<void> {
      await writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const { role } = await managed(auth, teamId, trx);
        const people = await teamRepository.memberships(trx, teamId);
        const others = activeLeaders(people).filter((p) => p.user_id !== auth.userId);
        if (!teamPolicy.canDelete(auth, role, others.length)) {
          throw conflict(
            "other_leaders",
            `${others.map((p) => p.name).join(" and ")} also ${others.length === 1 ? "leads" : "lead"} this team, and deleting it removes what every leader wrote about its people. Ask them to step down first, or ask an admin.`,
          );
        }
        await teamRepository.delete(trx, teamId);
        const leaderIds = people.filter((p) => p.role === "leader").map((p) => p.user_id);
        const personIds = people.map((p) => p.user_id);
        const stillLed = new Set(
          (await teamRepository.ledPairs(trx, leaderIds, personIds)).map(
            (p) => `${p.leaderId} ${p.personId}`,
          ),
        );
        await forgetKnowledge(
          trx,
          leaderIds.map((leaderId) => ({
            leaderId,
            personIds: personIds.filter((id) => id !== leaderId && !stillLed.has(`${leaderId} ${id}`)),
          })),
        );
      });
    },
  };
}
