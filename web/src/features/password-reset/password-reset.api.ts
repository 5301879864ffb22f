import type { MadeResetLink, PasswordResetOptions, PasswordResetRequested, ResetLink } from "#contracts/auth";
import type { Ok } from "#contracts/common";
import { api } from "../../lib/api";

/** The link's token rides in the request body, never in a URL the server would log. */
export const passwordResetApi = {
  options: () => api.get<PasswordResetOptions>("/auth/password-resets"),
  request: (email: string) => api.post<PasswordResetRequested>("/auth/password-resets", { email }),
  check: (token: string) => api.post<ResetLink>("/auth/password-resets/check", { token }),
  use: (token: string, newPassword: string) =>
    api.post<Ok>("/auth/password-resets/use", { token, newPassword }),
  make: (userId: string) => api.post<MadeResetLink>(`/users/${encodeURIComponent(userId)}/password-reset`),
};
