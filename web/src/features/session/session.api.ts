import { api } from "../../lib/api";

export type TeamRole = "leader" | "member";

export interface Me {
  user: { id: string; name: string; email: string; isAdmin: boolean };
  workspace: { id: string; name: string };
  teams: { id: string; name: string; role: TeamRole }[];
}

export interface SetupInput {
  workspaceName: string;
  name: string;
  email: string;
  password: string;
}

export interface SignInInput {
  email: string;
  password: string;
}

export const sessionApi = {
  me: () => api.get<Me>("/me"),
  setupStatus: () => api.get<{ needed: boolean }>("/setup"),
  setup: (input: SetupInput) =>
    api.post<{ workspace: { id: string; name: string }; user: { id: string; name: string; email: string } }>(
      "/setup",
      input,
    ),
  signIn: (input: SignInInput) => api.post<{ ok: true }>("/auth/login", input),
  signOut: () => api.post<{ ok: true }>("/auth/logout"),
};
