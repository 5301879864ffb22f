import type { AccountSettingsInput } from "#contracts/auth";
import { okSchema } from "#contracts/common";
import { api } from "../../lib/api";

export const accountApi = {
  rename: (name: string) => api.patch("/me", okSchema, { name }),
  changeSettings: (settings: AccountSettingsInput) => api.patch("/me", okSchema, settings),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post("/me/password", okSchema, { currentPassword, newPassword }),
  deleteAccount: (password: string) => api.delete("/me", okSchema, { password }),
};
