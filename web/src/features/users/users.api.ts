import { api } from "../../lib/api";

export interface WorkspaceUser {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  active: boolean;
  createdAt: string;
}

export const peopleApi = {
  list: () => api.get<{ users: WorkspaceUser[] }>("/users"),
  setActive: (userId: string, active: boolean) =>
    api.post<{ ok: true }>(`/users/${encodeURIComponent(userId)}/${active ? "reactivate" : "deactivate"}`),
};
