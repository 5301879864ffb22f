import { z } from "zod";
import { uuidParam } from "./common";

/** The people of a workspace, as admins manage them. */

export const userParams = z.object({ userId: uuidParam });

export const userSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const workspaceUserSchema = userSummarySchema.extend({
  isAdmin: z.boolean(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type WorkspaceUser = z.infer<typeof workspaceUserSchema>;

export const workspaceUserListSchema = z.object({ users: z.array(workspaceUserSchema) });
export type WorkspaceUserList = z.infer<typeof workspaceUserListSchema>;
