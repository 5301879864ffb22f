import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import {
  Kysely,
  type LogEvent,
  type Migration,
  type MigrationProvider,
  Migrator,
  type PostgresCursor,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
  type SqliteDatabase,
  SqliteDialect,
} from "kysely";
import type pg from "pg";
import type { DatabaseConfig } from "../config";
import { wantsArrayRows } from "./array-rows";
import type { Dialect } from "./dialect";
import * as foundation from "./migrations/20261125_0001_foundation";
import * as knowledge from "./migrations/20261125_0002_knowledge";
import * as questionLists from "./migrations/20261125_0003_question_lists";
import * as writeLimits from "./migrations/20261201_0004_write_limits";
import * as apiTokens from "./migrations/20261201_0005_api_tokens";
import * as workspaceDataVersion from "./migrations/20261201_0006_workspace_data_version";
import * as jobRuns from "./migrations/20261201_0007_job_runs";
import * as passwordResets from "./migrations/20261201_0008_password_resets";
import * as answerReveals from "./migrations/20261201_0009_answer_reveals";
import * as invitationRevokeRenew from "./migrations/20261201_0010_invitation_revoke_renew";
import * as facetAudience from "./migrations/20261201_0011_facet_audience";
import * as checklistDismissals from "./migrations/20261201_0012_checklist_dismissals";
import * as facetDescriptions from "./migrations/20261201_0013_facet_descriptions";
import * as conversations from "./migrations/20261201_0014_conversations";
import * as followership from "./migrations/20261201_0015_followership";
import * as pulses from "./migrations/20261201_0016_pulses";
import * as goals from "./migrations/20261201_0017_goals";
import * as priorities from "./migrations/20261201_0018_priorities";
import * as coaching from "./migrations/20261202_0019_coaching";
import * as stamps from "./migrations/20261202_0020_catalogue_and_question_stamps";
import * as erasedUsers from "./migrations/20261203_0021_erased_users";
import * as securityLog from "./migrations/20261203_0022_security_log";
import * as secondFactor from "./migrations/20261203_0023_second_factor";
import { statementName } from "./prepared-query";
import type { Database } from "./schema";

export type { Dialect } from "./dialect";

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  destroy(): Promise<void>;
}

/**
 * Opens the database named by the configuration. SQLite runs in WAL mode with full fsync,
 * foreign keys on and a busy timeout, so concurrent readers never see a torn write. On
 * PostgreSQL, `poolMax` (DATABASE_POOL_MAX) caps the connections this process opens.
 */
export function openDatabase(
  config: DatabaseConfig,
  { poolMax = 10, onQuery }: { poolMax?: number; onQuery?: (sql: string) => void } = {},
): DatabaseHandle {
  // Counting queries (tests, the bench): Kysely reports each one it runs.
  const log = onQuery
    ? (event: LogEvent) => {
        if (event.level === "query") onQuery(event.query.sql);
      }
    : undefined;
  if (config.kind === "sqlite") {
    if (config.file !== ":memory:") mkdirSync(dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
      ...(log ? { log } : {}),
    });
    return { db, dialect: "sqlite", destroy: () => db.destroy() };
  }
  // pg is loaded only for PostgreSQL, so a SQLite installation does not load it at boot.
  const { Pool }: typeof pg = createRequire(import.meta.url)("pg");
  const pool = new Pool({ connectionString: config.url, max: poolMax });
  // An idle client can be cut off by the server (restart, failover, admin command). Without a
  // listener that error would crash the process; the pool replaces the client on next use.
  pool.on("error", (error) => console.warn(`PostgreSQL idle connection lost: ${error.message}`));
  // The same for a client in use: a server that stops (killed, restarted) mid-request makes it
  // emit an error between its queries too, and the pool listens only to idle clients. The
  // request fails; the pool drops the broken client when it comes back and opens a fresh one.
  pool.on("connect", (client) =>
    client.on("error", (error) => console.warn(`PostgreSQL connection lost: ${error.message}`)),
  );
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: withNamedStatements(pool) }),
    ...(log ? { log } : {}),
  });
  return { db, dialect: "postgres", destroy: () => db.destroy() };
}

/**
 * The pool as Kysely sees it, with one change: a query compiled by `preparedQuery` runs as a
 * named prepared statement, which pg parses once per connection and PostgreSQL then plans once,
 * instead of parsing and planning it on every request. Every other query passes through as is.
 */
function withNamedStatements(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    function query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>;
    function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
    function query(
      sql: string | PostgresCursor<unknown>,
      parameters: readonly unknown[] = [],
    ): Promise<unknown> | PostgresCursor<unknown> {
      // Kysely hands over a cursor only to stream, and no cursor is configured, so it never does.
      if (typeof sql !== "string") throw new Error("Streaming queries are not configured.");
      const name = statementName(sql);
      return client.query({
        text: sql,
        values: [...parameters],
        ...(name ? { name } : {}),
        ...(wantsArrayRows(sql) ? { rowMode: "array" } : {}),
      });
    }
    return { query, release: (discard?: boolean) => client.release(discard) };
  };
  return {
    async connect() {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) {
        wrapped = wrap(client);
        clients.set(client, wrapped);
      }
      return wrapped;
    },
    end: () => pool.end(),
  };
}

/**
 * Kysely prepares every query afresh; SQLite's prepare (parse and plan) costs about as much as
 * running a small query. Our queries repeat by the thousand with different parameters, so keep
 * the last few hundred prepared statements. Safe because Kysely runs one query at a time on the
 * single SQLite connection.
 */
export function withStatementCache(sqlite: SQLite.Database, size = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = cache.get(sql);
      if (cached) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      // A query marked by selectArrays (array-rows.ts) gives its rows as arrays of values.
      if (wantsArrayRows(sql)) statement.raw(true);
      cache.set(sql, statement);
      if (cache.size > size) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}

/** Migrations, in order. Each is written once for both dialects with Kysely's schema builder. */
export const MIGRATIONS: Record<string, Migration> = {
  "20261125_0001_foundation": foundation,
  "20261125_0002_knowledge": knowledge,
  "20261125_0003_question_lists": questionLists,
  "20261201_0004_write_limits": writeLimits,
  "20261201_0005_api_tokens": apiTokens,
  "20261201_0006_workspace_data_version": workspaceDataVersion,
  "20261201_0007_job_runs": jobRuns,
  "20261201_0008_password_resets": passwordResets,
  "20261201_0009_answer_reveals": answerReveals,
  "20261201_0010_invitation_revoke_renew": invitationRevokeRenew,
  "20261201_0011_facet_audience": facetAudience,
  "20261201_0012_checklist_dismissals": checklistDismissals,
  "20261201_0013_facet_descriptions": facetDescriptions,
  "20261201_0014_conversations": conversations,
  "20261201_0015_followership": followership,
  "20261201_0016_pulses": pulses,
  "20261201_0018_priorities": priorities,
  "20261201_0017_goals": goals,
  "20261202_0019_coaching": coaching,
  "20261202_0020_catalogue_and_question_stamps": stamps,
  "20261203_0021_erased_users": erasedUsers,
  "20261203_0022_security_log": securityLog,
  "20261203_0023_second_factor": secondFactor,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // Migrations written side by side can land out of order (0007 landed before 0006): a database
  // that ran 0007 first still gets 0006, instead of refusing to start. Each migration stands alone.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
