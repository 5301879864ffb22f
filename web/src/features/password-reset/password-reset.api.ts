import {
  madeResetLinkSchema,
  passwordResetOptionsSchema,
  passwordResetRequestedSchema,
  resetLinkSchema,
} from "#contracts/auth";
import { signInResultSchema } from "#contracts/second-factor";
import { api } from "../../lib/api";

/** The link's token rides in the request body, never in a URL the server would log. */
export const passwordResetApi = {
  options: () => api.get("/auth/password-resets", passwordResetOptionsSchema),
  request: (email: string) => api.post("/auth/password-resets", passwordResetRequestedSchema, { email }),
  check: (token: string) => api.post("/auth/password-resets/check", resetLinkSchema, { token }),
  use: (token: string, newPassword: string) =>
    api.post("/auth/password-resets/use", signInResultSchema, { token, newPassword }),
  make: (userId: string) =>
    api.post(`/users/${encodeURIComponent(userId)}/password-reset`, madeResetLinkSchema),
};
