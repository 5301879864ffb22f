import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A throwaway PostgreSQL cluster from Debian's server binaries: initdb into a temporary
 * folder, started on a free loopback port, removed on stop. Independent of any system database.
 */
export interface PostgresCluster {
  url(database?: string): string;
  stop(): void;
  /**
   * Kills the server the hard way: SIGKILL to the postmaster and every process it started, at
   * once, as the kernel's OOM killer would. The data folder stays for `start`.
   */
  crash(): Promise<void>;
  /** Starts the server again on the same folder and port (after `crash`: crash recovery first). */
  start(): void;
}

export interface ClusterOptions {
  /**
   * Commits wait for their WAL to reach the operating system (synchronous_commit on), so a commit
   * PostgreSQL acknowledged survives the server process being killed. Off by default: the test
   * tiers never kill the server and run faster without.
   */
  durableCommits?: boolean;
  /** The loopback port to listen on; by default a free one. */
  port?: number;
}

export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root; as root we run the server as Debian's `postgres` user. */
function runAsArgs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (id.status !== 0)
    throw new Error("Running as root needs the `postgres` user (Debian's postgresql package makes it).");
  return { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export async function startPostgresCluster(
  bin: string,
  { durableCommits = false, ...options }: ClusterOptions = {},
): Promise<PostgresCluster> {
  const folder = mkdtempSync(join(tmpdir(), "rapport-pg-"));
  chmodSync(folder, 0o777);
  const dataDir = join(folder, "data");
  const port = options.port ?? (await freePort());
  const as = runAsArgs();
  const run = (command: string, args: string[]) => {
    const result = spawnSync(join(bin, command), args, { ...as, encoding: "utf8", cwd: folder });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  run("initdb", [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
    "--no-sync",
    "--no-instructions",
  ]);
  // fsync off loses nothing when only processes die (the kernel keeps what was written).
  const settings = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=${durableCommits ? "on" : "off"} -c full_page_writes=off -c max_connections=200`;
  const start = () =>
    run("pg_ctl", ["-D", dataDir, "-o", settings, "-l", join(folder, "log"), "-w", "start"]);
  start();
  return {
    url: (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start,
    async crash() {
      const postmaster = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
      const pids = [postmaster, ...childrenOf(postmaster)];
      for (const pid of pids) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // It ended on its own between the listing and the kill.
        }
      }
      // The next start refuses while a process of the old server still holds its shared memory,
      // or while the old postmaster's id is taken, even by its zombie; a container's first
      // process may never reap one, and then the stale lock file goes by hand.
      for (let waited = 0; pids.some(exists); waited += 20) {
        if (waited > 5000 && !pids.some(running)) {
          rmSync(join(dataDir, "postmaster.pid"), { force: true });
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    stop() {
      spawnSync(join(bin, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"], { ...as });
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The ids of the processes whose parent is `pid`, read from /proc. */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command's closing parenthesis: state, then the parent's id.
      const stat = readFileSync(join("/proc", entry, "stat"), "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** The process has an entry in /proc: running, or a zombie not reaped yet. */
function exists(pid: number): boolean {
  return existsSync(join("/proc", String(pid)));
}

/** Running: neither gone nor a zombie. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(join("/proc", String(pid), "stat"), "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}
