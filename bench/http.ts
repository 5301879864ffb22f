import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { freePort } from "../server/test/postgres-cluster";

export interface RunningServer {
  baseUrl: string;
  /** The settings the server runs with, so the bench can open the same database in-process. */
  env: Record<string, string>;
  /** The server's memory after a full GC (a server started with `probeMemory` only). */
  memory(): Promise<ServerMemory>;
  stop(): Promise<void>;
}

/** Bytes, as the server process sees them (process.memoryUsage, resourceUsage().maxRSS). */
export interface ServerMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  /** The most resident memory the process has had since it started. */
  peakRss: number;
}

export interface ServerOptions {
  /** Settings added to the server's environment. */
  env?: Record<string, string>;
  /** Preloads bench/memory-probe.ts, which answers `memory()` over an IPC channel. */
  probeMemory?: boolean;
  /** Another checkout to run the server from (a baseline measured beside this one). */
  cwd?: string;
}

const MEMORY_PROBE = new URL("./memory-probe.ts", import.meta.url).href;

/**
 * The real server in its own process, so load and app do not share a core: on a fresh SQLite file,
 * or on the (empty) PostgreSQL database `databaseUrl` names.
 */
export async function startServer(databaseUrl?: string, options: ServerOptions = {}): Promise<RunningServer> {
  const folder = mkdtempSync(join(tmpdir(), "rapport-bench-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: databaseUrl ?? `sqlite:${join(folder, "bench.db")}`,
    BASE_URL: baseUrl,
    SESSION_SECRET: "bench-secret-bench-secret-bench-secret-42",
    LOG_LEVEL: "warn",
    ...options.env,
  };
  // BENCH_CPU_PROFILE=<folder>: the server writes a V8 CPU profile there when it stops (open it in
  // Chrome's DevTools or speedscope), to see what a request costs.
  const profile = process.env.BENCH_CPU_PROFILE;
  const profiling = profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : [];
  // The probe is TypeScript: it comes after tsx.
  const probing = options.probeMemory ? ["--expose-gc", "--import", "tsx", "--import", MEMORY_PROBE] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profiling, ...(probing.length ? probing : ["--import", "tsx"]), "server/src/server.ts"],
    {
      env: { ...process.env, ...env, PORT: String(port) },
      ...(options.cwd ? { cwd: options.cwd } : {}),
      stdio: ["ignore", "pipe", "pipe", ...(options.probeMemory ? (["ipc"] as const) : [])],
    },
  );
  passOn(child);
  await untilHealthy(baseUrl);
  return {
    baseUrl,
    env,
    memory() {
      if (!options.probeMemory) throw new Error("This server was started without the memory probe.");
      return new Promise((resolve) => {
        child.once("message", (message) => resolve(message as ServerMemory));
        child.send("memory");
      });
    },
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The server's log, less one line: when a load's time is up, autocannon drops its connections,
 * and the server logs "premature close" for every response then being sent (compressed ones
 * stream). That is the bench hanging up, not the server failing; everything else shows.
 */
function passOn(child: ChildProcess): void {
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    let rest = "";
    from?.setEncoding("utf8");
    from?.on("data", (chunk: string) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) if (!/premature close/i.test(line)) to.write(`${line}\n`);
    });
  }
}

/** bench/bare-fastify.mjs in its own process: the floor every figure is printed beside. */
export async function startBareFastify(): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [BARE_FASTIFY], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await untilHealthy(baseUrl);
  return {
    baseUrl,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

const BARE_FASTIFY = fileURLToPath(new URL("./bare-fastify.mjs", import.meta.url));

async function untilHealthy(baseUrl: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${baseUrl} did not answer /api/v1/health within 20 s`);
}

/** A JSON call that keeps the session cookie, for seeding. */
export class Session {
  cookie = "";
  constructor(private readonly baseUrl: string) {}
  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", cookie: this.cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // A sign-in sets the device cookie too; the session is the one the bench needs.
    const session = response.headers.getSetCookie().find((c) => c.startsWith("rapport_session="));
    if (session) this.cookie = session.split(";")[0] ?? "";
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** The slowest answer. */
  max?: number;
  errors: number;
}

/** What every browser sends: responses Rapport keeps (the audits) come back compressed. */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

/**
 * What the first read after a change costs: `runs` reads of `path` as `session`, each after
 * `change(i)`, one connection, only the read timed, with the headers a browser sends. The times
 * in ascending order; null when the route is not there (404 on the first read).
 */
export async function freshReads(
  baseUrl: string,
  session: Session,
  path: string,
  change: (i: number) => Promise<unknown>,
  runs: number,
): Promise<number[] | null> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await change(i);
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, {
      headers: { ...BROWSER_HEADERS, cookie: session.cookie },
    });
    await response.arrayBuffer();
    if (response.status === 404 && i === 0) return null;
    if (!response.ok) throw new Error(`${path} → ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/**
 * Ten connections sending writes for `seconds`: the n-th request is `next(n)` (a path and a JSON
 * body), with the session cookie and the headers a browser sends.
 */
export async function loadWrites(
  name: string,
  baseUrl: string,
  method: "PUT" | "PATCH" | "POST",
  cookie: string,
  next: (n: number) => { path: string; body: unknown },
  seconds: number,
): Promise<LoadResult> {
  let n = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: 10,
    duration: seconds,
    pipelining: 1,
    requests: [
      {
        method,
        setupRequest: (request: autocannon.Request) => {
          const { path, body } = next(n++);
          return {
            ...request,
            path,
            headers: { ...BROWSER_HEADERS, cookie, "content-type": "application/json" },
            body: JSON.stringify(body),
          };
        },
      },
    ],
  });
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Ten connections asking `url` for `seconds`, each request with the headers a browser sends. */
export async function load(
  name: string,
  url: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    headers: { ...BROWSER_HEADERS, ...headers },
    connections: 10,
    duration: seconds,
    pipelining: 1,
  });
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.non2xx,
  };
}
