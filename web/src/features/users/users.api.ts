import { okSchema } from "#contracts/common";
import { workspaceUserListSchema } from "#contracts/users";
import { api } from "../../lib/api";

export type { WorkspaceUser } from "#contracts/users";

export const peopleApi = {
  list: () => api.get("/users", workspaceUserListSchema),
  setActive: (userId: string, active: boolean) =>
    api.post(`/users/${encodeURIComponent(userId)}/${active ? "reactivate" : "deactivate"}`, okSchema),
  remove: (userId: string) => api.delete(`/users/${encodeURIComponent(userId)}`, okSchema),
};
