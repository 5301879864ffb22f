import type { TestProject } from "vitest/node";
import { ensureBuilt } from "../build/ensure-built.js";
import { findPostgresBin, type PostgresCluster, startPostgresCluster } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

/**
 * The server bundle (dist/server), built when missing or older than its sources, for the tests
 * that run the server as `npm start` does (crash/, compiled-server.test.ts). For the PostgreSQL
 * tier, one throwaway cluster per run; each test file makes its own database. Missing server
 * binaries: locally a clear message and the tier is skipped; in CI a failure.
 */
export default async function setup(project: TestProject) {
  ensureBuilt(["server"], console.log);
  if (process.env.RAPPORT_TEST_DB !== "postgres") {
    project.provide("postgresUrl", null);
    return;
  }
  const bin = findPostgresBin();
  if (!bin) {
    const message =
      "PostgreSQL server binaries were not found under /usr/lib/postgresql (install Debian's `postgresql` package).";
    if (process.env.CI) throw new Error(`${message} The PostgreSQL tier cannot run in CI without them.`);
    console.warn(`\n*** ${message}\n*** The PostgreSQL tier was NOT run.\n`);
    process.exit(0);
  }
  const cluster: PostgresCluster = await startPostgresCluster(bin);
  project.provide("postgresUrl", cluster.url());
  return () => cluster.stop();
}
