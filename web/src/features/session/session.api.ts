import type { SignInInput } from "#contracts/auth";
import { okSchema } from "#contracts/common";
import { signInResultSchema } from "#contracts/second-factor";
import { type SetupInput, setupResultSchema } from "#contracts/setup";
import { api } from "../../lib/api";

export type { Me, SignInInput } from "#contracts/auth";
export type { TeamRole } from "#contracts/common";
export type { SetupInput } from "#contracts/setup";

/** The session's writes; the two reads every screen waits for are in session.queries.ts. */
export const sessionApi = {
  setup: (input: SetupInput) => api.post("/setup", setupResultSchema, input),
  signIn: (input: SignInInput) => api.post("/auth/login", signInResultSchema, input),
  signOut: () => api.post("/auth/logout", okSchema),
};
