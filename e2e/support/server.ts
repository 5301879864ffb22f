import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningServer {
  baseUrl: string;
  /**
   * Moves every recorded answer version `minutes` into the past, as if that much time had gone
   * by since (rapid edits within ten minutes collapse into one version; a spec cannot wait).
   */
  ageAnswerHistory: (minutes: number) => void;
  /** Makes the invitations to `email` expire now, as if their seven days had gone by. */
  expireInvitations: (email: string) => void;
  /**
   * Runs one statement on the spec's database, for a spec that sets the clock back on rows the
   * server wrote (stances "on different days"): the server's own clock cannot move.
   */
  runSql: (statement: string, ...params: (string | number | null)[]) => void;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error("No free port found."))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(150);
  }
  throw new Error(`The server did not become healthy within 60 s:\n${output()}`);
}

/**
 * Starts the real server as `npm start` runs it (`node dist/server/server.js`, built by the global
 * setup, here with source maps) on a free loopback port with a fresh SQLite database in a temporary
 * folder, and waits until /api/v1/health answers. `env` adds
 * settings, e.g. SMTP_URL and SMTP_FROM for a mail server the spec started on loopback.
 */
export async function startServer(options: { env?: Record<string, string> } = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "rapport-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    BASE_URL: baseUrl,
    DATABASE_URL: `sqlite:${join(dataDir, "e2e.db")}`,
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
  };
  // No mail unless the spec says where (invitations then show their link to copy).
  delete env.SMTP_URL;
  delete env.SMTP_FROM;
  delete env.SESSION_SECRET;
  Object.assign(env, options.env);

  // Its own process group, so stopping it stops whatever it may start.
  const child = spawn(process.execPath, ["--enable-source-maps", "dist/server/server.js"], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      signalGroup(child.pid, "SIGTERM");
      const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
      if (!stopped) signalGroup(child.pid, "SIGKILL");
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  const ageAnswerHistory = (minutes: number) => {
    const db = new SQLite(join(dataDir, "e2e.db"));
    try {
      db.prepare(
        "update answer_versions set recorded_at = strftime('%Y-%m-%dT%H:%M:%fZ', recorded_at, ?)",
      ).run(`-${minutes} minutes`);
    } finally {
      db.close();
    }
  };
  const expireInvitations = (email: string) => {
    const db = new SQLite(join(dataDir, "e2e.db"));
    try {
      db.prepare(
        "update invitations set expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 minutes') where email = ?",
      ).run(email);
    } finally {
      db.close();
    }
  };
  const runSql = (statement: string, ...params: (string | number | null)[]) => {
    const db = new SQLite(join(dataDir, "e2e.db"));
    try {
      db.prepare(statement).run(...params);
    } finally {
      db.close();
    }
  };
  return { baseUrl, ageAnswerHistory, expireInvitations, runSql, stop };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
