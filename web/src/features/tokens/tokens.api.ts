import { api } from "../../lib/api";

/** The scopes a token may hold, as the server names them, with what each allows in words. */
export const TOKEN_SCOPE_TEXT = {
  read: "Read everything you can see",
  "write:account": "Change your name",
  "write:answers": "Write and withdraw your answers",
  "write:knowledge": "Write beliefs and comparisons",
  "write:teams": "Create teams and manage them",
  "write:invitations": "Invite people",
  "write:questions": "Change your question lists",
  "write:facets": "Change the facet catalogue (admins)",
  "write:admin": "Deactivate and reactivate people (admins)",
} as const;
export type TokenScope = keyof typeof TOKEN_SCOPE_TEXT;

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  owner: { id: string; name: string };
}

export interface CreateTokenInput {
  name: string;
  expiresInDays: number;
  scopes: TokenScope[];
}

export const tokensApi = {
  mine: () => api.get<{ tokens: ApiToken[] }>("/me/tokens"),
  all: () => api.get<{ tokens: ApiToken[] }>("/tokens"),
  create: (input: CreateTokenInput) => api.post<ApiToken & { token: string }>("/me/tokens", input),
  revoke: (id: string) => api.delete<{ ok: true }>(`/tokens/${encodeURIComponent(id)}`),
};
