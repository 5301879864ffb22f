import type { UserSummary, WorkspaceUser } from "#contracts/users";
import type { UserRow } from "./user.repository";

/** People as the API shows them (contracts/users.ts). */
export const presentUserSummary = (u: Pick<UserRow, "id" | "name" | "email">): UserSummary => ({
  id: u.id,
  name: u.name,
  email: u.email,
});

export const presentAdminUser = (u: UserRow): WorkspaceUser => ({
  ...presentUserSummary(u),
  isAdmin: u.is_admin === 1,
  active: u.deactivated_at === null,
  createdAt: u.created_at,
});
