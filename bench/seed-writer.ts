import { type Kysely, sql, type Transaction } from "kysely";
import type { Dialect } from "../server/src/db/dialect";
import type { Database } from "../server/src/db/schema";
import { type Row, type Rows, TABLE_ORDER } from "./seed-rows";

/**
 * Writes batches of rows straight into the server's database, table by table in foreign-key
 * order, each batch in one transaction that also moves the workspace's data version (as every
 * write to content does, db/data-version.ts), so nothing the server keeps outlives the seeding.
 * On PostgreSQL one `INSERT … SELECT * FROM unnest(…)` per table and batch, each column sent as
 * one array (a statement of any length, parsed once); on SQLite multi-row inserts.
 */
export class SeedWriter {
  private readonly types = new Map<string, Map<string, string>>();
  readonly written = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly workspaceId: string,
  ) {}

  async write(rows: Rows): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("workspaces")
        .set({ data_version: sql`data_version + 1` })
        .where("id", "=", this.workspaceId)
        .execute();
      for (const table of TABLE_ORDER) {
        const list = rows[table];
        if (!list || list.length === 0) continue;
        if (this.dialect === "postgres") await this.unnest(trx, table, list);
        else await this.values(trx, table, list);
        this.written.set(table, (this.written.get(table) ?? 0) + list.length);
      }
    });
  }

  private async values(trx: Transaction<Database>, table: keyof Database, list: Row[]): Promise<void> {
    const columns = Object.keys(list[0] ?? {}).length || 1;
    // SQLite takes at most 32,766 parameters a statement.
    const size = Math.floor(30_000 / columns);
    const names = Object.keys(list[0] ?? {});
    for (let start = 0; start < list.length; start += size) {
      const tuples = list
        .slice(start, start + size)
        .map((row) => sql`(${sql.join(names.map((column) => row[column] ?? null))})`);
      await sql`insert into ${sql.table(table)} (${sql.join(names.map((c) => sql.ref(c)))})
        values ${sql.join(tuples)}`.execute(trx);
    }
  }

  private async unnest(trx: Transaction<Database>, table: keyof Database, list: Row[]): Promise<void> {
    const types = await this.columnTypes(trx, table);
    const columns = Object.keys(list[0] ?? {});
    const arrays = columns.map((column) => {
      const type = types.get(column);
      if (!type) throw new Error(`${table} has no column ${column}`);
      return sql`${list.map((row) => row[column] ?? null)}::${sql.raw(type)}[]`;
    });
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
      select * from unnest(${sql.join(arrays)})`.execute(trx);
  }

  private async columnTypes(trx: Transaction<Database>, table: string): Promise<Map<string, string>> {
    const known = this.types.get(table);
    if (known) return known;
    const { rows } = await sql<{ column_name: string; udt_name: string }>`
      select column_name, udt_name from information_schema.columns
      where table_schema = current_schema() and table_name = ${table}`.execute(trx);
    const types = new Map(rows.map((r) => [r.column_name, r.udt_name]));
    this.types.set(table, types);
    return types;
  }
}
