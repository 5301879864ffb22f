import { z } from "zod";
import { displayNameSchema, emailSchema, newPasswordSchema, personNameSchema } from "./common";
import { userSummarySchema } from "./users";

/** First run: the workspace and its first admin. */

export const setupStatusSchema = z.object({ needed: z.boolean() });
export type SetupStatus = z.infer<typeof setupStatusSchema>;

export const setupBody = z.object({
  workspaceName: displayNameSchema(100),
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
export type SetupInput = z.input<typeof setupBody>;

export const setupResultSchema = z.object({
  workspace: z.object({ id: z.string(), name: z.string() }),
  user: userSummarySchema,
});
export type SetupResult = z.infer<typeof setupResultSchema>;
