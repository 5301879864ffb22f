import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Piscina } from "piscina";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import type { EncodedBody } from "../../http/encoded-body";
import { AppError } from "../../lib/errors";
import { auditService } from "./audit.service";
import { type AuditOutcome, type AuditTask, encodedAudit } from "./audit.task";
import type { AuditWorkerData, AuditWorkerTask } from "./audit.worker";

/** Computes an audit's encoded body, on the request's thread or on the audit threads. */
export interface AuditRunner {
  encoded(auth: AuthContext, task: AuditTask): Promise<EncodedBody>;
  close(): Promise<void>;
}

/** Connections each audit thread's PostgreSQL pool opens at most: it computes one audit at a time. */
const WORKER_POOL_MAX = 2;

/**
 * The thread's young generation, capped well below V8's default: an audit makes a great deal of
 * short-lived garbage, and an uncapped young generation grows to hold it and stays that size. In
 * the bench, the server's RSS after the loads fell from 362 to 330 MB on SQLite and from 320 to
 * 273 MB on PostgreSQL with the cap, the fresh audits as fast (1,000 members: 177 and 126 ms).
 */
const YOUNG_GENERATION_MB = 8;

/** The `AppError` the service threw, thrown again on this side of the thread boundary. */
function unwrap(outcome: AuditOutcome): EncodedBody {
  if ("error" in outcome) {
    const { status, code, message, details } = outcome.error;
    throw new AppError(status, code, message, details);
  }
  // Buffers arrive from a thread as plain bytes; the reply wants Buffers (no copy made here).
  const bytes = (value: Uint8Array) => Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  const { identity, br, gzip } = outcome.body;
  return { identity: bytes(identity), br: bytes(br), gzip: bytes(gzip) };
}

/**
 * The audit thread's entry: beside this file under tsx and vitest (TypeScript, loaded through
 * tsx), and beside the server bundle once built (dist/server/audit-worker.js, which this code
 * runs from as dist/server/server.js or dist/server/cli/rapport.js).
 */
function workerEntry(): { filename: string; execArgv: string[] } {
  if (import.meta.url.endsWith(".ts")) {
    return {
      filename: fileURLToPath(new URL("./audit.worker.ts", import.meta.url)),
      execArgv: ["--import", "tsx"],
    };
  }
  for (const candidate of ["./audit-worker.js", "../audit-worker.js"]) {
    const filename = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(filename)) return { filename, execArgv: [] };
  }
  throw new Error("The audit thread's entry (dist/server/audit-worker.js) is missing: run npm run build.");
}

/** Audits computed on the request's thread (AUDIT_WORKERS=0, and an in-memory database). */
function inlineRunner(ctx: AppContext): AuditRunner {
  const audits = auditService(ctx);
  return {
    encoded: async (auth, task) => unwrap(await encodedAudit(audits, auth, task)),
    close: async () => {},
  };
}

/**
 * Audits computed on `threads` threads of their own, each with its own connection to the
 * database: started with the first audit asked for, so a server that is never asked for one
 * starts none, and kept until the app closes. The viewer and the clock's reading go with each
 * task, so the thread answers exactly as the inline runner would.
 */
function workerRunner(ctx: AppContext, threads: number): AuditRunner {
  let pool: Promise<Piscina> | undefined;
  const started = () => {
    pool ??= import("piscina").then(({ Piscina }) => {
      const workerData: AuditWorkerData = { config: ctx.config, poolMax: WORKER_POOL_MAX };
      return new Piscina({
        ...workerEntry(),
        minThreads: threads,
        maxThreads: threads,
        workerData,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
    });
    return pool;
  };
  return {
    async encoded(auth, task) {
      const work: AuditWorkerTask = { auth, task, now: ctx.clock.now().getTime() };
      return unwrap(await (await started()).run(work));
    },
    async close() {
      if (pool) await (await pool).close();
    },
  };
}

/** The runner the configuration asks for (AUDIT_WORKERS). */
export function auditRunner(ctx: AppContext): AuditRunner {
  return ctx.config.auditWorkers > 0 ? workerRunner(ctx, ctx.config.auditWorkers) : inlineRunner(ctx);
}
