import { meSchema, type SignInInput } from "#contracts/auth";
import { okSchema } from "#contracts/common";
import { signInResultSchema } from "#contracts/second-factor";
import { type SetupInput, setupResultSchema, setupStatusSchema } from "#contracts/setup";
import { api } from "../../lib/api";

export type { Me, SignInInput } from "#contracts/auth";
export type { TeamRole } from "#contracts/common";
export type { SetupInput } from "#contracts/setup";

export const sessionApi = {
  me: () => api.get("/me", meSchema),
  setupStatus: () => api.get("/setup", setupStatusSchema),
  setup: (input: SetupInput) => api.post("/setup", setupResultSchema, input),
  signIn: (input: SignInInput) => api.post("/auth/login", signInResultSchema, input),
  signOut: () => api.post("/auth/logout", okSchema),
};
