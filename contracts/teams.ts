import { z } from "zod";
import { displayNameSchema, teamRoleSchema, uuidParam } from "./common";

export const teamParams = z.object({ teamId: uuidParam });

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

export const newTeamBody = z.object({
  name: displayNameSchema(100),
  leaderId: uuidParam.optional(),
});
export type NewTeamInput = z.input<typeof newTeamBody>;
