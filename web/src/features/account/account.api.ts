import { api } from "../../lib/api";

export const accountApi = {
  rename: (name: string) => api.patch<{ ok: true }>("/me", { name }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<{ ok: true }>("/me/password", { currentPassword, newPassword }),
};
