import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import SQLite from "better-sqlite3";
import { Kysely, type Migration, type MigrationProvider, Migrator, SqliteDialect, sql } from "kysely";
import type { DatabaseConfig } from "../config";
import { type DatabaseHandle, MIGRATIONS, migrateToLatest, openDatabase } from "./database";
import { isSqlite } from "./dialect";

/**
 * Backup, restore and moving between databases, for every table the migrations made: the tables,
 * their columns and their foreign keys are read from the database itself, so a table added by a
 * new migration is covered without a list to keep in step.
 *
 * One backup format for both databases, a gzipped file of JSON lines:
 *   {"format":"rapport-backup","version":1,"createdAt":…,"source":"sqlite","migrations":[…]}
 *   {"table":"workspaces","columns":["id",…],"rows":2}   then 2 lines, each one row's values in order
 *   …                                                     every table, parents before children
 *   {"end":true,"tables":42}                              a file without it was cut short
 * Values are JSON's null, numbers and strings: every column is text or integer (booleans 0/1) in
 * both dialects, so a backup of either restores into either.
 */
export const BACKUP_FORMAT = "rapport-backup";
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: "sqlite" | "postgres";
  /** The migrations applied to the database the backup was read from: its schema's level. */
  migrations: string[];
}

export interface TableRows {
  table: string;
  columns: string[];
  rows: unknown[][];
}

/** A refusal a person can act on: the CLI prints it without a stack. */
export class BackupError extends Error {
  override name = "BackupError";
}

// biome-ignore lint/suspicious/noExplicitAny: tables are named at run time, read from the schema itself.
type AnyDb = Kysely<any>;

/** Every table of the schema (not Kysely's own), parents before the tables that reference them. */
export async function tablesInForeignKeyOrder(db: AnyDb): Promise<{ name: string; columns: string[] }[]> {
  const tables = (await db.introspection.getTables()).filter(
    (t) => !t.isView && (t.schema === undefined || t.schema === "public"),
  );
  const parents = new Map<string, Set<string>>();
  if (isSqlite(db)) {
    for (const t of tables) {
      const { rows } = await sql<{
        table: string;
      }>`select "table" from pragma_foreign_key_list(${t.name})`.execute(db);
      parents.set(t.name, new Set(rows.map((r) => r.table)));
    }
  } else {
    const { rows } = await sql<{ child: string; parent: string }>`
      select c.relname as child, p.relname as parent
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public'`.execute(db);
    for (const r of rows) {
      const set = parents.get(r.child) ?? new Set<string>();
      set.add(r.parent);
      parents.set(r.child, set);
    }
  }
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: { name: string; columns: string[] }[] = [];
  const placed = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (placed.has(name) || path.has(name)) return; // a self-reference or a cycle: rows keep their order
    path.add(name);
    for (const parent of [...(parents.get(name) ?? [])].sort()) if (byName.has(parent)) visit(parent, path);
    const table = byName.get(name);
    if (table) ordered.push({ name, columns: table.columns.map((c) => c.name) });
    placed.add(name);
  };
  for (const name of [...byName.keys()].sort()) visit(name, new Set());
  return ordered;
}

/** The migrations applied to a database, by name (none when it was never migrated). */
export async function appliedMigrations(db: AnyDb): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === "kysely_migration")) return [];
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}

/** Every row of every table, read from `db` (a snapshot or a read-only transaction). */
export async function* readTables(db: AnyDb): AsyncGenerator<TableRows> {
  for (const { name, columns } of await tablesInForeignKeyOrder(db)) {
    const list = sql.join(columns.map((c) => sql.ref(c)));
    const { rows } = await sql<Record<string, unknown>>`select ${list} from ${sql.table(name)}`.execute(db);
    yield { table: name, columns, rows: rows.map((row) => columns.map((c) => plain(row[c]))) };
  }
}

/** A value as JSON carries it: PostgreSQL's 64-bit integers come back as strings from pg. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/**
 * Runs `read` on a consistent view of the database while the app keeps writing: on SQLite a copy
 * made by SQLite's online backup API (all pages in one step, so no write lands halfway), on
 * PostgreSQL one REPEATABLE READ, read-only transaction.
 */
export async function withSnapshot<T>(
  config: DatabaseConfig,
  read: (db: AnyDb, header: BackupHeader) => Promise<T>,
): Promise<T> {
  const header = (migrations: string[], source: BackupHeader["source"]): BackupHeader => ({
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    source,
    migrations,
  });
  if (config.kind === "sqlite") {
    if (config.file === ":memory:") throw new BackupError("An in-memory database cannot be backed up.");
    const folder = mkdtempSync(join(tmpdir(), "rapport-snapshot-"));
    try {
      const live = new SQLite(config.file, { fileMustExist: true });
      const copy = join(folder, "snapshot.db");
      try {
        live.pragma("busy_timeout = 5000");
        await live.backup(copy, { progress: () => 0x7fffffff });
      } finally {
        live.close();
      }
      const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SQLite(copy) }) }) as AnyDb;
      try {
        return await read(db, header(await appliedMigrations(db), "sqlite"));
      } finally {
        await db.destroy();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  const handle = openDatabase(config, { poolMax: 1 });
  try {
    return await handle.db
      .transaction()
      .setIsolationLevel("repeatable read")
      .execute(async (trx) => {
        await sql`set transaction read only`.execute(trx);
        return read(trx, header(await appliedMigrations(trx), "postgres"));
      });
  } finally {
    await handle.destroy();
  }
}

/** Writes a backup of the database to `file`; returns the rows written per table. */
export async function backupTo(config: DatabaseConfig, file: string): Promise<Record<string, number>> {
  return withSnapshot(config, async (db, header) => {
    const gzip = createGzip();
    const done = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
    const write = async (value: unknown) => {
      if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, "drain");
    };
    const counts: Record<string, number> = {};
    try {
      await write(header);
      for await (const { table, columns, rows } of readTables(db)) {
        await write({ table, columns, rows: rows.length });
        for (const row of rows) await write(row);
        counts[table] = rows.length;
      }
      await write({ end: true, tables: Object.keys(counts).length });
    } finally {
      gzip.end();
      await done;
    }
    return counts;
  });
}

/** Reads a backup file: its header first (checked), then its tables one by one. */
export async function openBackupFile(
  file: string,
): Promise<{ header: BackupHeader; tables: AsyncGenerator<TableRows>; close(): void }> {
  const input = createReadStream(file);
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity })[
    Symbol.asyncIterator
  ]();
  const next = async (): Promise<unknown> => {
    const line = await lines.next().catch((error: Error) => {
      throw new BackupError(`${file} is not a Rapport backup (${error.message}).`);
    });
    if (line.done) throw new BackupError(`${file} ends early: the backup is incomplete.`);
    return JSON.parse(line.value);
  };
  const header = (await next()) as Partial<BackupHeader>;
  if (header?.format !== BACKUP_FORMAT || !Array.isArray(header.migrations))
    throw new BackupError(`${file} is not a Rapport backup.`);
  if (typeof header.version !== "number" || header.version > BACKUP_FORMAT_VERSION)
    throw new BackupError(
      `${file} is in backup format ${header.version}, newer than this version of Rapport reads (${BACKUP_FORMAT_VERSION}). Upgrade Rapport, then restore.`,
    );
  async function* tables(): AsyncGenerator<TableRows> {
    for (;;) {
      const part = (await next()) as { end?: true; table?: string; columns?: string[]; rows?: number };
      if (part.end) return;
      if (typeof part.table !== "string" || !Array.isArray(part.columns) || typeof part.rows !== "number")
        throw new BackupError(`${file} is damaged: a table's heading is unreadable.`);
      const rows: unknown[][] = [];
      for (let i = 0; i < part.rows; i++) rows.push((await next()) as unknown[]);
      yield { table: part.table, columns: part.columns, rows };
    }
  }
  return { header: header as BackupHeader, tables: tables(), close: () => input.destroy() };
}

/**
 * Loads tables into an empty database: brings its schema to the backup's level, inserts every row
 * in one transaction (parents first), checks each table's count, then applies the migrations that
 * came after the backup. Refuses a database that holds any row, and a backup from a newer schema.
 */
export async function loadInto(
  target: DatabaseHandle,
  header: BackupHeader,
  tables: AsyncIterable<TableRows>,
): Promise<Record<string, number>> {
  const unknown = header.migrations.filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0)
    throw new BackupError(
      `This backup comes from a newer version of Rapport: its schema has migrations this version does not know (${unknown.join(", ")}). Upgrade Rapport, then restore.`,
    );
  const db = target.db as AnyDb;
  for (const { name } of await tablesInForeignKeyOrder(db)) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    const n = Number(rows[0]?.n ?? 0);
    if (n > 0)
      throw new BackupError(
        `The target database is not empty (${name} holds ${n} row${n === 1 ? "" : "s"}); restore into a new, empty database.`,
      );
  }
  const ahead = (await appliedMigrations(db)).filter((name) => !header.migrations.includes(name));
  if (ahead.length > 0)
    throw new BackupError(
      `The target database's schema is ahead of the backup's (${ahead.join(", ")}); restore into a new, empty database.`,
    );
  const level: MigrationProvider = {
    getMigrations: async () =>
      Object.fromEntries(
        header.migrations.flatMap((name): [string, Migration][] => {
          const migration = MIGRATIONS[name];
          return migration ? [[name, migration]] : [];
        }),
      ),
  };
  const migrated = await new Migrator({
    db,
    provider: level,
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  if (migrated.error)
    throw migrated.error instanceof Error ? migrated.error : new Error(String(migrated.error));

  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    for await (const { table, columns, rows } of tables) {
      // Well under both databases' limits on parameters in one statement.
      const batch = Math.max(1, Math.floor(8000 / Math.max(1, columns.length)));
      const list = sql.join(columns.map((c) => sql.ref(c)));
      for (let i = 0; i < rows.length; i += batch) {
        const values = rows.slice(i, i + batch).map((row) => sql`(${sql.join(row)})`);
        await sql`insert into ${sql.table(table)} (${list}) values ${sql.join(values)}`.execute(trx);
      }
      const { rows: found } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
        trx,
      );
      if (Number(found[0]?.n) !== rows.length)
        throw new BackupError(`${table}: ${rows.length} rows read but ${Number(found[0]?.n)} written.`);
      counts[table] = rows.length;
    }
  });
  await migrateToLatest(target.db);
  return counts;
}

/** Restores a backup file into the (empty) database `config` names. */
export async function restoreFrom(config: DatabaseConfig, file: string): Promise<Record<string, number>> {
  const backup = await openBackupFile(file);
  const target = openDatabase(config, { poolMax: 2 });
  try {
    return await loadInto(target, backup.header, backup.tables);
  } finally {
    backup.close();
    await target.destroy();
  }
}

/** Copies the database `source` names into the empty database `target` names, straight across. */
export async function copyDatabase(
  source: DatabaseConfig,
  target: DatabaseConfig,
): Promise<Record<string, number>> {
  const into = openDatabase(target, { poolMax: 2 });
  try {
    return await withSnapshot(source, (db, header) => loadInto(into, header, readTables(db)));
  } finally {
    await into.destroy();
  }
}

/** A backup's file name as backupFileName makes it; names sort by time. */
export const BACKUP_FILE = /^rapport-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.jsonl\.gz$/;

/** The name a backup gets by default, sortable by time: rapport-backup-2026-12-02T03-17-00Z.jsonl.gz. */
export function backupFileName(at: Date): string {
  return `rapport-backup-${at.toISOString().slice(0, 19).replaceAll(":", "-")}Z.jsonl.gz`;
}
