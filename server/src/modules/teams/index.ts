/**
 * The face of the teams module: what other modules and app.ts may use. Memberships are the
 * module's tables; others read and add them through these functions, in their own transaction.
 */
import type { Kysely } from "kysely";
import type { Database, TeamMembershipTable } from "../../db/schema";
import { teamRepository } from "./team.repository";

export { teamPolicy } from "./team.policy";
export { teamRoutes } from "./team.routes";
export { type TeamAccess, teamService } from "./team.service";

/** The teams the person belongs to, with their role on each (not every team, even for an admin). */
export const teamsOf = (db: Kysely<Database>, workspaceId: string, userId: string) =>
  teamRepository.list(db, workspaceId, userId, false);

/** The person's role on the team, or null when they are not on it. */
export const roleOnTeam = (db: Kysely<Database>, teamId: string, userId: string) =>
  teamRepository.roleOf(db, teamId, userId);

/** When the person joined the team (their membership's start), or null when they are not on it. */
export const memberSince = (db: Kysely<Database>, teamId: string, userId: string) =>
  teamRepository.memberSince(db, teamId, userId);

/** Puts a person on a team (an accepted invitation). */
export const addTeamMember = (db: Kysely<Database>, membership: TeamMembershipTable) =>
  teamRepository.addMember(db, membership);
