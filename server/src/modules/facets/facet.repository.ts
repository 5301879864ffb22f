import type { Kysely } from "kysely";
import { DEFAULT_FACETS } from "#core/facets/catalogue";
import type { FacetDefinition } from "#core/facets/facet";
import { writeContent } from "../../db/data-version";
import type { Database, FacetTable } from "../../db/schema";
import { newId } from "../../lib/tokens";

export type FacetRow = FacetTable;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The catalogue entry of a row, for validation and agreement (core works on definitions). */
export function toDefinition(row: FacetRow): FacetDefinition {
  return {
    key: row.key,
    dimension: row.dimension,
    title: row.title,
    description: row.description,
    kind: row.kind,
    ...(row.options ? { options: JSON.parse(row.options) as FacetDefinition["options"] } : {}),
    ...(row.scale_low !== null && row.scale_high !== null
      ? { scale: { low: row.scale_low, high: row.scale_high } }
      : {}),
    weight: row.weight,
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
    description: facet.description,
    kind: facet.kind,
    options: facet.options ? JSON.stringify(facet.options) : null,
    scale_low: facet.scale?.low ?? null,
    scale_high: facet.scale?.high ?? null,
    weight: facet.weight,
    position,
    retired_at: null,
    created_at: now,
  };
}

export const facetRepository = {
  /** Gives a new workspace the default catalogue. */
  async seedDefaults(db: Kysely<Database>, workspaceId: string, now: string): Promise<void> {
    await db
      .insertInto("facets")
      .values(DEFAULT_FACETS.map((facet, index) => definitionRow(workspaceId, facet, index + 1, now)))
      .execute();
  },

  /** Workspaces created before facets existed get the default catalogue once. */
  async seedMissing(db: Kysely<Database>, now: string): Promise<void> {
    const bare = await db
      .selectFrom("workspaces")
      .select("id")
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom("facets").select("id").whereRef("facets.workspace_id", "=", "workspaces.id"),
          ),
        ),
      )
      .execute();
    for (const { id } of bare) {
      await writeContent(db, id, (trx) => facetRepository.seedDefaults(trx, id, now));
    }
  },

  list(db: Kysely<Database>, workspaceId: string, includeRetired: boolean): Promise<FacetRow[]> {
    let query = db.selectFrom("facets").selectAll().where("workspace_id", "=", workspaceId);
    if (!includeRetired) query = query.where("retired_at", "is", null);
    return query.orderBy("position").orderBy("key").execute();
  },

  /** By id or by key, within the workspace. */
  find(db: Kysely<Database>, workspaceId: string, idOrKey: string): Promise<FacetRow | undefined> {
    return db
      .selectFrom("facets")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where(UUID.test(idOrKey) ? "id" : "key", "=", idOrKey)
      .executeTakeFirst();
  },

  async insert(db: Kysely<Database>, row: FacetRow): Promise<void> {
    await db.insertInto("facets").values(row).execute();
  },

  async update(
    db: Kysely<Database>,
    id: string,
    changes: Partial<Pick<FacetRow, "title" | "description" | "position" | "retired_at" | "weight">>,
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
