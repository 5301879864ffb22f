/**
 * The face of the facets module: what other modules and app.ts may use. Everything else in the
 * folder (the repository above all) is its own business; `npm run lint:imports` holds others to it.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { facetRepository } from "./facet.repository";

export { presentFacet } from "./facet.presenter";
export { type FacetRow, toDefinition } from "./facet.repository";
export { facetRoutes } from "./facet.routes";
export { facetService, requireAudited } from "./facet.service";

/** The workspace's catalogue in order, retired facets too when asked, read inside the caller's use case. */
export const listFacets = (db: Kysely<Database>, workspaceId: string, includeRetired: boolean) =>
  facetRepository.list(db, workspaceId, includeRetired);

/** Gives a new workspace the default catalogue, in the transaction that creates it. */
export const seedDefaultFacets = (db: Kysely<Database>, workspaceId: string, now: string) =>
  facetRepository.seedDefaults(db, workspaceId, now);

/** At boot: workspaces created before facets existed get the default catalogue once. */
export const seedMissingFacets = (db: Kysely<Database>, now: string) => facetRepository.seedMissing(db, now);
