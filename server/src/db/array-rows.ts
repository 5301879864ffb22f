import { type Compilable, CompiledQuery, type Kysely } from "kysely";
import type { Database } from "./schema";

/** What a query's SQL ends with to have its rows come back as arrays (database.ts reads it). */
const AS_ARRAYS = "\n/* rows as arrays */";

/** Whether `sql` asks for its rows as arrays: the SQLite statement cache and the PostgreSQL pool ask. */
export const wantsArrayRows = (sql: string): boolean => sql.endsWith(AS_ARRAYS);

/**
 * Runs `query` with each row given as an array of its values in the order of the select's
 * columns, rather than as an object: better-sqlite3 (its `raw` mode) and pg (`rowMode: "array"`)
 * then name no key per row, which at the tens of thousands of rows behind a large audit took
 * about 40% of the query's time on SQLite. For the few queries that read that many rows; the
 * caller reads each column by its place.
 */
export async function selectArrays(db: Kysely<Database>, query: Compilable<unknown>): Promise<unknown[][]> {
  const { sql, parameters } = query.compile();
  const result = await db.executeQuery<unknown[]>(CompiledQuery.raw(sql + AS_ARRAYS, [...parameters]));
  return result.rows;
}
