import type { Kysely } from "kysely";
import type { FacetDefinition } from "#core/facets/facet";
import { SHIPPED_FACETS } from "#core/facets/leading";
import { writeContent } from "../../db/data-version";
import { facetOptionsColumn } from "../../db/json-columns";
import type { Database, FacetRow, FacetTable } from "../../db/schema";
import { newId } from "../../lib/tokens";

export type { FacetRow };

const facetFrom = (row: FacetTable): FacetRow => ({ ...row, options: facetOptionsColumn.read(row.options) });
const facetText = (row: FacetRow): FacetTable => ({ ...row, options: facetOptionsColumn.write(row.options) });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The catalogue entry of a row, for validation and agreement (core works on definitions). */
export function toDefinition(row: FacetRow): FacetDefinition {
  return {
    key: row.key,
    dimension: row.dimension,
    title: row.title,
    aboutYou: row.about_you,
    aboutThem: row.about_them,
    kind: row.kind,
    ...(row.options ? { options: row.options } : {}),
    ...(row.scale_low !== null && row.scale_high !== null
      ? { scale: { low: row.scale_low, high: row.scale_high } }
      : {}),
    weight: row.weight,
    audience: row.audience,
  };
}

export function definitionRow(
  workspaceId: string,
  facet: FacetDefinition,
  position: number,
  now: string,
): FacetRow {
  return {
    id: newId(),
    workspace_id: workspaceId,
    key: facet.key,
    dimension: facet.dimension,
    title: facet.title,
    about_you: facet.aboutYou,
    about_them: facet.aboutThem,
    kind: facet.kind,
    options: facet.options ? [...facet.options] : null,
    scale_low: facet.scale?.low ?? null,
    scale_high: facet.scale?.high ?? null,
    weight: facet.weight,
    position,
    audience: facet.audience ?? "everyone",
    retired_at: null,
    created_at: now,
  };
}

export const facetRepository = {
  /** Gives a new workspace the shipped catalogue: the facets about everyone, then those for leaders. */
  async seedDefaults(db: Kysely<Database>, workspaceId: string, now: string): Promise<void> {
    await db
      .insertInto("facets")
      .values(
        SHIPPED_FACETS.map((facet, index) => facetText(definitionRow(workspaceId, facet, index + 1, now))),
      )
      .execute();
  },

  /**
   * Gives every workspace the shipped facets it lacks, matched by key, after its own: the whole
   * catalogue for a workspace created before facets existed, the prompts for leaders for one created
   * before those. Facets are retired, never deleted, so a key once present is never added again.
   */
  async seedMissing(db: Kysely<Database>, now: string): Promise<void> {
    const keys = SHIPPED_FACETS.map((facet) => facet.key);
    // One read at every boot, however many workspaces there are: only those lacking a shipped key.
    const lacking = await db
      .selectFrom("workspaces")
      .leftJoin("facets", (join) =>
        join.onRef("facets.workspace_id", "=", "workspaces.id").on("facets.key", "in", keys),
      )
      .select("workspaces.id")
      .groupBy("workspaces.id")
      .having((eb) => eb(eb.fn.count("facets.id"), "<", keys.length))
      .execute();
    for (const { id } of lacking) {
      await writeContent(
        db,
        id,
        async (trx) => {
          const present = await trx
            .selectFrom("facets")
            .select("key")
            .where("workspace_id", "=", id)
            .where("key", "in", keys)
            .execute();
          const have = new Set(present.map((row) => row.key));
          const missing = SHIPPED_FACETS.filter((facet) => !have.has(facet.key));
          const after = await facetRepository.maxPosition(trx, id);
          await trx
            .insertInto("facets")
            .values(
              missing.map((facet, index) => facetText(definitionRow(id, facet, after + index + 1, now))),
            )
            // Another process booting at the same moment may have added them first.
            .onConflict((conflict) => conflict.columns(["workspace_id", "key"]).doNothing())
            .execute();
        },
        { catalogue: true },
      );
    }
  },

  async list(db: Kysely<Database>, workspaceId: string, includeRetired: boolean): Promise<FacetRow[]> {
    let query = db.selectFrom("facets").selectAll().where("workspace_id", "=", workspaceId);
    if (!includeRetired) query = query.where("retired_at", "is", null);
    const rows = await query.orderBy("position").orderBy("key").execute();
    return rows.map(facetFrom);
  },

  /** By id or by key, within the workspace. */
  async find(db: Kysely<Database>, workspaceId: string, idOrKey: string): Promise<FacetRow | undefined> {
    const row = await db
      .selectFrom("facets")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where(UUID.test(idOrKey) ? "id" : "key", "=", idOrKey)
      .executeTakeFirst();
    return row && facetFrom(row);
  },

  async insert(db: Kysely<Database>, row: FacetRow): Promise<void> {
    await db.insertInto("facets").values(facetText(row)).execute();
  },

  async update(
    db: Kysely<Database>,
    id: string,
    changes: Partial<
      Pick<FacetRow, "title" | "about_you" | "about_them" | "position" | "retired_at" | "weight">
    >,
  ) {
    await db.updateTable("facets").set(changes).where("id", "=", id).execute();
  },

  async maxPosition(db: Kysely<Database>, workspaceId: string): Promise<number> {
    const row = await db
      .selectFrom("facets")
      .select((eb) => eb.fn.max("position").as("p"))
      .where("workspace_id", "=", workspaceId)
      .executeTakeFirst();
    return Number(row?.p ?? 0);
  },
};
