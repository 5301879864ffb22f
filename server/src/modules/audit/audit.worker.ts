/**
 * The audit thread (audit.runner.ts starts it): computes audits on its own connection to the
 * database, so loading a large team's knowledge and building its heatmap never hold up the
 * thread that answers requests. The main thread has read the session and checked nothing more;
 * the service here applies the audit's policy exactly as it does inline.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { workerData } from "node:worker_threads";
import type { AuthContext } from "../../access/auth-context";
import type { Config } from "../../config";
import type { AppContext } from "../../context";
import { openDatabase } from "../../db/database";
import type { Clock } from "../../lib/clock";
import { disabledMailer } from "../../lib/mailer";
import { auditService } from "./audit.service";
import { type AuditOutcome, type AuditTask, encodedAudit } from "./audit.task";

/** What the main thread starts this thread with. */
export interface AuditWorkerData {
  config: Config;
  /** Connections this thread's PostgreSQL pool opens at most. */
  poolMax: number;
}

/** One task as it crosses to this thread: the viewer, the audit, and the main thread's clock reading. */
export interface AuditWorkerTask {
  auth: AuthContext;
  task: AuditTask;
  /** The request's "now" in milliseconds, from the app's clock (which tests set by hand). */
  now: number;
}

const now = new AsyncLocalStorage<number>();
/** The time of the task being computed: staleness and "days since" read the main thread's clock. */
const clock: Clock = { now: () => new Date(now.getStore() ?? Date.now()) };

const { config, poolMax } = workerData as AuditWorkerData;
const database = openDatabase(config.database, { poolMax });
const ctx: AppContext = { config, db: database.db, dialect: database.dialect, clock, mailer: disabledMailer };
const audits = auditService(ctx);

export default function run({ auth, task, now: at }: AuditWorkerTask): Promise<AuditOutcome> {
  return now.run(at, () => encodedAudit(audits, auth, task));
}
