import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Database } from "./schema";

/** Where a run-time value goes in a query compiled ahead of time. */
class Slot {
  constructor(readonly name: string) {}
}

/** The SQL of every prepared query, with the name PostgreSQL knows its statement by. */
const statementNames = new Map<string, string>();

/**
 * The name to run `sql` under as a named prepared statement on PostgreSQL, or undefined for a
 * query that was not prepared (the PostgreSQL pool asks this of each query, database.ts).
 */
export function statementName(sql: string): string | undefined {
  return statementNames.get(sql);
}

/**
 * A query that runs on every request (the session read), built and compiled by Kysely once per
 * database rather than on each call, then run with each call's values in its slots: `param(name)`
 * marks where a value goes: `preparedQuery<{ id: string }>()((db, param) => db.selectFrom(…).where("id", "=", param("id")))`. On SQLite the statement cache already keeps it prepared
 * (database.ts); on PostgreSQL it runs as a named prepared statement, parsed and planned once
 * per connection instead of on every request.
 */
export function preparedQuery<Params extends Record<string, unknown>>() {
  return <Row>(
    build: (
      db: Kysely<Database>,
      param: <K extends keyof Params & string>(name: K) => Params[K],
    ) => Compilable<Row>,
  ): ((db: Kysely<Database>, params: Params) => Promise<Row[]>) => {
    const compiled = new WeakMap<Kysely<Database>, CompiledQuery<Row>>();
    const param = <K extends keyof Params & string>(name: K) => new Slot(name) as Params[K];
    return async (db, params) => {
      let query = compiled.get(db);
      if (!query) {
        query = build(db, param).compile();
        if (!statementNames.has(query.sql))
          statementNames.set(query.sql, `rapport_${statementNames.size + 1}`);
        compiled.set(db, query);
      }
      const parameters = query.parameters.map((value) =>
        value instanceof Slot ? params[value.name] : value,
      );
      const { rows } = await db.executeQuery<Row>({ ...query, parameters });
      return rows;
    };
  };
}
