import { type Kysely, SqliteAdapter, sql } from "kysely";
import type { DatabaseConfig } from "../config";
import type { Database } from "./schema";

/** Which database the app runs on. */
export type Dialect = DatabaseConfig["kind"];

/**
 * The one place where SQLite and PostgreSQL differ in our SQL.
 * SQLite serializes writers already (one writer at a time, BEGIN IMMEDIATE semantics under WAL
 * once the first write happens); PostgreSQL needs an explicit lock so two concurrent first-run
 * setups cannot both see an empty workspace table.
 */
export async function lockWorkspacesForSetup(trx: Kysely<Database>, dialect: Dialect): Promise<void> {
  if (dialect === "postgres") await sql`lock table workspaces in exclusive mode`.execute(trx);
}

/**
 * Whether the database is SQLite, for the few statements written differently there (a migration
 * given `Kysely<unknown>` has no configuration to ask).
 */
export function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * Readies a transaction for one large set-based aggregation (the workspace's figures): on
 * PostgreSQL its hash joins get the memory to stay off the disk (`work_mem`, for this transaction
 * only), and it is not compiled just in time, which for a statement run once costs more than it
 * saves. SQLite has neither setting.
 */
export async function prepareForLargeAggregation(trx: Kysely<Database>, dialect: Dialect): Promise<void> {
  if (dialect !== "postgres") return;
  await sql`set local work_mem = '64MB'`.execute(trx);
  await sql`set local jit = off`.execute(trx);
}
