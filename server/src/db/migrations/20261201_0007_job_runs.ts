import { type Kysely, sql } from "kysely";

/**
 * One row per scheduled job and period (server/src/jobs). The primary key on (job, period_start)
 * is what lets exactly one process run a period: the insert that claims it either wins or
 * conflicts, on both databases, across restarts. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("job_runs")
    .addColumn("job", "text", (c) => c.notNull())
    .addColumn("period_start", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('running', 'succeeded', 'failed')`))
    .addColumn("error", "text")
    .addPrimaryKeyConstraint("job_runs_pk", ["job", "period_start"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("job_runs").execute();
}
