import { z } from "zod";
import type { UserRow } from "./user.repository";

export const userSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
});

export const adminUserSchema = userSummarySchema.extend({
  isAdmin: z.boolean(),
  active: z.boolean(),
  createdAt: z.string(),
});

export const presentUserSummary = (u: Pick<UserRow, "id" | "name" | "email">) => ({
  id: u.id,
  name: u.name,
  email: u.email,
});

export const presentAdminUser = (u: UserRow) => ({
  ...presentUserSummary(u),
  isAdmin: u.is_admin === 1,
  active: u.deactivated_at === null,
  createdAt: u.created_at,
});
