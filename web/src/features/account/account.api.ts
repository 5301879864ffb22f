import { okSchema } from "#contracts/common";
import { api } from "../../lib/api";

export const accountApi = {
  rename: (name: string) => api.patch("/me", okSchema, { name }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post("/me/password", okSchema, { currentPassword, newPassword }),
};
