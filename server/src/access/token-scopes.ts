/**
 * What a token may do. `read` allows every read; each `write:<feature>` allows the changes of one
 * feature, the feature named by the route's OpenAPI tag. A token never manages sessions, tokens,
 * setup or passwords: those routes say `sessionOnly` and refuse tokens outright.
 */
export const TOKEN_SCOPES = [
  "read",
  "write:account",
  "write:admin",
  "write:answers",
  "write:knowledge",
  "write:facets",
  "write:teams",
  "write:invitations",
  "write:questions",
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const WRITE_SCOPE_OF_TAG: Readonly<Record<string, TokenScope>> = {
  account: "write:account",
  admin: "write:admin",
  answers: "write:answers",
  people: "write:knowledge",
  facets: "write:facets",
  teams: "write:teams",
  invitations: "write:invitations",
  "question lists": "write:questions",
  questions: "write:questions",
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** What a route asks of a token: a scope, or null when no token may call it. */
export function requiredScope(route: {
  method: string;
  tags: readonly string[] | undefined;
  sessionOnly: boolean | undefined;
  readOnly: boolean | undefined;
}): TokenScope | null {
  if (route.sessionOnly) return null;
  if (SAFE_METHODS.has(route.method) || route.readOnly) return "read";
  const tag = route.tags?.[0];
  // Deny by default: a write route whose feature is not listed takes no token.
  return (tag && WRITE_SCOPE_OF_TAG[tag]) || null;
}
