import type { Kysely } from "kysely";
import { validateFacetValue } from "#core/facets/catalogue";
import { type FacetValue, isAudited } from "#core/facets/facet";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { Database } from "../../db/schema";
import { iso } from "../../lib/clock";
import { badRequest, conflict, forbidden, notFound } from "../../lib/errors";
import { facetPolicy } from "./facet.policy";
import { definitionRow, type FacetRow, facetRepository, toDefinition } from "./facet.repository";

export interface NewFacet {
  key: string;
  dimension: FacetRow["dimension"];
  title: string;
  aboutYou: string;
  aboutThem: string;
  kind: FacetRow["kind"];
  options?: { id: string; label: string }[] | undefined;
  scale?: { low: string; high: string } | undefined;
  weight: number;
}

/** Moves a facet to a 1-based position and renumbers the catalogue 1..n, so positions stay unique. */
async function moveTo(
  db: Kysely<Database>,
  workspaceId: string,
  facetId: string,
  position: number,
): Promise<number> {
  const all = await facetRepository.list(db, workspaceId, true);
  const positionOf = new Map(all.map((f) => [f.id, f.position]));
  const ordered = all.filter((f) => f.id !== facetId);
  const index = Math.min(Math.max(position - 1, 0), ordered.length);
  const ids = [
    ...ordered.slice(0, index).map((f) => f.id),
    facetId,
    ...ordered.slice(index).map((f) => f.id),
  ];
  for (const [i, id] of ids.entries())
    if (positionOf.get(id) !== i + 1) await facetRepository.update(db, id, { position: i + 1 });
  return index + 1;
}

/** A facet leaders may hold beliefs about and compare; a prompt for leaders is not one (409). */
export function requireAudited(facet: FacetRow): FacetRow {
  if (!isAudited(facet))
    throw conflict(
      "facet_not_audited",
      "This is a prompt for a leader's own manual; nobody holds beliefs about it.",
    );
  return facet;
}

/** Every write to the facets moves the catalogue version too: audits keep the catalogue by it. */
const CATALOGUE = { catalogue: true };

export function facetService(ctx: AppContext) {
  const requireAdmin = (auth: AuthContext) => {
    if (!facetPolicy.canChangeCatalogue(auth)) throw forbidden("Only admins can change the facet catalogue.");
  };

  async function get(auth: AuthContext, idOrKey: string): Promise<FacetRow> {
    const facet = await facetRepository.find(ctx.db, auth.workspaceId, idOrKey);
    if (!facet) throw notFound("Facet");
    return facet;
  }

  return {
    list(auth: AuthContext, includeRetired: boolean) {
      return facetRepository.list(
        ctx.db,
        auth.workspaceId,
        includeRetired && facetPolicy.canSeeRetired(auth),
      );
    },

    get,

    /** An active facet and a value checked against its kind: what answers and beliefs both need. */
    async checkedValue(
      auth: AuthContext,
      idOrKey: string,
      value: unknown,
    ): Promise<{ facet: FacetRow; value: FacetValue }> {
      const facet = await get(auth, idOrKey);
      if (facet.retired_at !== null) throw conflict("facet_retired", "This facet is retired.");
      const checked = validateFacetValue(toDefinition(facet), value);
      if (!checked.ok) throw badRequest("value", `Invalid value: ${checked.message}`);
      return { facet, value: checked.value };
    },

    async create(auth: AuthContext, input: NewFacet): Promise<FacetRow> {
      requireAdmin(auth);
      return writeContent(
        ctx.db,
        auth.workspaceId,
        async (trx) => {
          if (await facetRepository.find(trx, auth.workspaceId, input.key)) {
            throw conflict("facet_key_taken", `A facet with the key "${input.key}" already exists.`);
          }
          const position = (await facetRepository.maxPosition(trx, auth.workspaceId)) + 1;
          const row = definitionRow(auth.workspaceId, input, position, iso(ctx.clock.now()));
          await facetRepository.insert(trx, row);
          return row;
        },
        CATALOGUE,
      );
    },

    /** Rename, reorder, reweigh, retire or restore. Retiring keeps every answer and belief. */
    async update(
      auth: AuthContext,
      idOrKey: string,
      changes: {
        title?: string | undefined;
        aboutYou?: string | undefined;
        aboutThem?: string | undefined;
        position?: number | undefined;
        weight?: number | undefined;
        retired?: boolean | undefined;
      },
    ): Promise<FacetRow> {
      requireAdmin(auth);
      return writeContent(
        ctx.db,
        auth.workspaceId,
        async (trx) => {
          const facet = await facetRepository.find(trx, auth.workspaceId, idOrKey);
          if (!facet) throw notFound("Facet");
          const set: Parameters<typeof facetRepository.update>[2] = {};
          if (changes.title !== undefined) set.title = changes.title;
          if (changes.aboutYou !== undefined) set.about_you = changes.aboutYou;
          if (changes.aboutThem !== undefined) set.about_them = changes.aboutThem;
          if (changes.weight !== undefined) set.weight = changes.weight;
          if (changes.retired !== undefined)
            set.retired_at = changes.retired ? (facet.retired_at ?? iso(ctx.clock.now())) : null;
          if (Object.keys(set).length > 0) await facetRepository.update(trx, facet.id, set);
          if (changes.position !== undefined)
            set.position = await moveTo(trx, auth.workspaceId, facet.id, changes.position);
          return { ...facet, ...set };
        },
        CATALOGUE,
      );
    },
  };
}
