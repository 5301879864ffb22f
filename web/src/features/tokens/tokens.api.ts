import { okSchema } from "#contracts/common";
import {
  apiTokenListSchema,
  type CreateTokenInput,
  createdTokenSchema,
  type TokenScope,
} from "#contracts/tokens";
import { api } from "../../lib/api";

export type { ApiToken, CreateTokenInput, TokenScope } from "#contracts/tokens";

/** What each scope allows, in words, in the order the account page offers them. */
export const TOKEN_SCOPE_TEXT: Readonly<Record<TokenScope, string>> = {
  read: "Read everything you can see",
  "write:account": "Change your name",
  "write:answers": "Write and withdraw your answers",
  "write:knowledge": "Write beliefs and comparisons",
  "write:teams": "Create teams and manage them",
  "write:invitations": "Invite people",
  "write:questions": "Change your question lists",
  "write:commitments": "Record and close commitments",
  "write:pulses": "Open, answer and close trust pulse rounds, and set the anonymity thresholds (admins)",
  "write:followership": "Take the followership self-assessment and record your estimates",
  "write:priorities": "Add and change your team's work items, and rate them",
  "write:goals":
    "State goals, place yourself on them, record perceived stances, thank followers and ask or answer questions",
  "write:coaching":
    "Invite coaches and change what they see; as a coach, write notes and set assignments; mark your assignments done",
  "write:conversations": "Plan and log your conversations, and add talking points",
  "write:facets": "Change the catalogue of aspects (admins)",
  "write:admin": "Deactivate and reactivate people (admins)",
};

export const tokensApi = {
  mine: () => api.get("/me/tokens", apiTokenListSchema),
  all: () => api.get("/tokens", apiTokenListSchema),
  create: (input: CreateTokenInput) => api.post("/me/tokens", createdTokenSchema, input),
  revoke: (id: string) => api.delete(`/tokens/${encodeURIComponent(id)}`, okSchema),
};
