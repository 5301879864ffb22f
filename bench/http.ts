import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

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
}

const MEMORY_PROBE = new URL("./memory-probe.ts", import.meta.url).href;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

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
      stdio: ["ignore", "inherit", "inherit", ...(options.probeMemory ? (["ipc"] as const) : [])],
    },
  );
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
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
    const set = response.headers.get("set-cookie");
    if (set) this.cookie = set.split(";")[0] ?? "";
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** What every browser sends: responses Rapport keeps (the audits) come back compressed. */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

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
    errors: result.errors + result.non2xx,
  };
}
