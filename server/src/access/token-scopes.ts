import type { TokenScope } from "#contracts/tokens";
import { UNSAFE_METHODS } from "../http/methods";

/**
 * What a token may do (the scopes are listed in contracts/tokens.ts). `read` allows every read;
 * each `write:<feature>` allows the changes of one feature, the feature named by the route's
 * OpenAPI tag. A token never manages sessions, tokens, setup or passwords: those routes say
 * `sessionOnly` and refuse tokens outright.
 */
const WRITE_SCOPE_OF_TAG: Readonly<Record<string, TokenScope>> = {
  account: "write:account",
  admin: "write:admin",
  answers: "write:answers",
  people: "write:knowledge",
  conversations: "write:conversations",
  facets: "write:facets",
  // Home writes only the person's own setting (the checklist dismissed), like their account.
  home: "write:account",
  teams: "write:teams",
  invitations: "write:invitations",
  "question lists": "write:questions",
  questions: "write:questions",
  commitments: "write:commitments",
  pulses: "write:pulses",
  followership: "write:followership",
  priorities: "write:priorities",
  goals: "write:goals",
  coaching: "write:coaching",
};

/** What the scope of a route is decided on: its method, its tags, and what its config says. */
export interface ScopedRoute {
  method: string | string[];
  schema?: unknown;
  config?: { sessionOnly?: boolean; readOnly?: boolean } | undefined;
}

/**
 * What a route asks of a token: a scope, or null when no token may call it. Given the route's own
 * options, so the document (at registration) and the check (on each request) cannot disagree.
 */
export function requiredScope(route: ScopedRoute): TokenScope | null {
  if (route.config?.sessionOnly) return null;
  const method = [route.method].flat()[0] ?? "GET";
  if (!UNSAFE_METHODS.has(method) || route.config?.readOnly) return "read";
  const tag = (route.schema as { tags?: readonly string[] } | undefined)?.tags?.[0];
  // Deny by default: a write route whose feature is not listed takes no token.
  return (tag && WRITE_SCOPE_OF_TAG[tag]) || null;
}
