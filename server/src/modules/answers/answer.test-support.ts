import { MAX_TEXT_LENGTH } from "#core/facets/facet-value";
import type { Client } from "../../../test/harness";
import type { AuthContext } from "../../access/auth-context";

export interface CatalogueFacet {
  id: string;
  key: string;
  kind: "text" | "single_choice" | "multiple_choice" | "scale";
  options: { id: string; label: string }[] | null;
  audience: "everyone" | "leaders";
}

/** The facets a member answers about themselves: the prompts about leading are for leaders. */
export async function catalogue(client: Client): Promise<CatalogueFacet[]> {
  const response = await client.get("/api/v1/facets");
  return (response.json() as { facets: CatalogueFacet[] }).facets.filter((f) => f.audience === "everyone");
}

/**
 * A valid answer on a facet that differs with `n`; `longest` gives the largest the facet accepts
 * (every option, or text at the length limit), so sizes are measured at their worst.
 */
export function answerValue(facet: CatalogueFacet, n: number, longest = false): string | string[] | number {
  const options = facet.options ?? [];
  const option = options[n % Math.max(options.length, 1)]?.id ?? "";
  switch (facet.kind) {
    case "text":
      return longest ? `Version ${n}: ${"w".repeat(MAX_TEXT_LENGTH - 20)}` : `Version ${n} of what I say`;
    case "single_choice":
      return option;
    case "multiple_choice":
      return longest ? options.map((o) => o.id) : [option];
    case "scale":
      return 1 + (n % 5);
  }
}

/** Who a signed-in client is, for calling a service directly as them. */
export async function authOf(client: Client): Promise<AuthContext> {
  const me = (await client.get("/api/v1/me")).json() as {
    user: { id: string; isAdmin: boolean };
    workspace: { id: string };
  };
  return {
    sessionId: "direct-service-call",
    userId: me.user.id,
    workspaceId: me.workspace.id,
    isAdmin: me.user.isAdmin,
    dataVersion: 0,
    catalogueVersion: 0,
    questionsVersion: 0,
    scopes: null,
  };
}
