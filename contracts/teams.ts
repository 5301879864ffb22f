import { z } from "zod";
import { displayNameSchema, teamRoleSchema, uuidParam } from "./common";

export const teamParams = z.object({ teamId: uuidParam });
/** A person on a team. */
export const membershipParams = z.object({ teamId: uuidParam, userId: uuidParam });

export const teamSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  myRole: teamRoleSchema.nullable(),
  memberCount: z.number().int(),
});
export type TeamSummary = z.infer<typeof teamSummarySchema>;

export const teamListSchema = z.object({ teams: z.array(teamSummarySchema) });
export type TeamList = z.infer<typeof teamListSchema>;

/** Someone on a team's roster. */
export const personSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type Person = z.infer<typeof personSchema>;

export const teamDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  myRole: teamRoleSchema.nullable(),
  canManage: z.boolean(),
  leaders: z.array(personSchema),
  members: z.array(personSchema),
});
export type TeamDetail = z.infer<typeof teamDetailSchema>;

const teamName = displayNameSchema(100);

export const newTeamBody = z.object({
  name: teamName,
  leaderId: uuidParam.optional(),
});
export type NewTeamInput = z.input<typeof newTeamBody>;

export const renameTeamBody = z.object({ name: teamName });
export type RenameTeamInput = z.input<typeof renameTeamBody>;

/** A team's id and (new) name. */
export const teamNameSchema = z.object({ id: z.string(), name: z.string() });
export type TeamName = z.infer<typeof teamNameSchema>;

/** A person's role on the team, to change it. */
export const teamRoleBody = z.object({ role: teamRoleSchema });
export type TeamRoleInput = z.input<typeof teamRoleBody>;

export const membershipSchema = z.object({ userId: z.string(), role: teamRoleSchema });
export type Membership = z.infer<typeof membershipSchema>;
