import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "../server/build/ensure-built.js";
import { freePort } from "../server/test/postgres-cluster";
import { printRows } from "./print";
import { median } from "./stats";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNS = 5;

interface Way {
  name: string;
  args: string[];
}

/** What is started, each with plain `node` from the repository's root. */
const WAYS: Way[] = [
  { name: "bare Fastify 5 hello (bench/bare-fastify.mjs)", args: ["bench/bare-fastify.mjs"] },
  { name: "compiled server (node dist/server/server.js)", args: ["dist/server/server.js"] },
  { name: "npm start (node bin/start.js, build up to date)", args: ["bin/start.js"] },
  {
    name: "old way (node --import tsx server/src/server.ts)",
    args: ["--import", "tsx", "server/src/server.ts"],
  },
];

interface Start {
  /** From spawn to the first 200 from /api/v1/health. */
  ms: number;
  /** VmRSS one second after that answer, in bytes. */
  rss: number;
}

/**
 * `npm run bench -- --cold-start`: time from spawn to the first 200 on /api/v1/health, and the
 * resident memory a second later, for a bare Fastify app beside the compiled server, `npm start`,
 * and the server run through tsx. The ways take turns, RUNS times, so a busy machine slows them
 * alike; the servers start on one SQLite file already at the latest schema (a restart, not a first
 * start, which also migrates). Prints min/median/max and each against the bare app.
 */
export async function coldStart(): Promise<void> {
  ensureBuilt(["web", "server"], console.log);
  const folder = mkdtempSync(join(tmpdir(), "rapport-cold-start-"));
  const env = {
    DATABASE_URL: `sqlite:${join(folder, "cold-start.db")}`,
    SESSION_SECRET: "bench-secret-bench-secret-bench-secret-42",
    DATA_DIR: folder,
    LOG_LEVEL: "warn",
  };
  try {
    // The first start migrates the fresh file; it is not counted.
    await startOnce(WAYS[1] as Way, env);
    const starts = new Map<Way, Start[]>(WAYS.map((way) => [way, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const way of WAYS) starts.get(way)?.push(await startOnce(way, env));
    }
    printStarts(starts);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function startOnce(way: Way, env: Record<string, string>): Promise<Start> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, way.args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", BASE_URL: baseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const ms = await firstHealthy(baseUrl, child, started);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return { ms, rss: residentBytes(child.pid ?? 0) };
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
}

async function firstHealthy(baseUrl: string, child: ChildProcess, started: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${child.spawnargs.join(" ")} exited with ${child.exitCode}`);
    if (performance.now() - started > 30_000) throw new Error(`${child.spawnargs.join(" ")}: no 200 in 30 s`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The process's resident set (VmRSS in /proc/<pid>/status), in bytes. */
function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB$/m);
  return Number(line?.[1] ?? 0) * 1024;
}

function printStarts(starts: Map<Way, Start[]>): void {
  const bare = median((starts.get(WAYS[0] as Way) ?? []).map((s) => s.ms)) || 1;
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
  const rows = [...starts].map(([way, list]) => {
    const times = list.map((s) => s.ms).sort((a, b) => a - b);
    return [
      way.name,
      `${(times[0] ?? 0).toFixed(0)} ms`,
      `${median(times).toFixed(0)} ms`,
      `${(times.at(-1) ?? 0).toFixed(0)} ms`,
      `${(median(times) / bare).toFixed(1)}× bare`,
      mib(median(list.map((s) => s.rss))),
    ];
  });
  console.log(
    `\nCold start, spawn to the first 200 on /api/v1/health, ${RUNS} runs each taking turns, Node ${process.version}; RSS 1 s after (median)`,
  );
  printRows(["started", "min", "median", "max", "median vs bare", "RSS"], rows);
}
