import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * The real server in a child process: what `npm start` runs once built, the server bundle
 * dist/server/server.js on plain Node (server/test/global-setup.ts builds it when stale), on the
 * database and port given. Its output is kept, to print when something goes wrong.
 */
export class ServerProcess {
  readonly baseUrl: string;
  private child: ChildProcess | null = null;
  private exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | null = null;
  output = "";

  /** `tree`: the folder holding package.json and dist/server, by default this repository. */
  constructor(
    private readonly port: number,
    private readonly env: Record<string, string>,
    private readonly tree: string = root,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the server and waits until its health route answers 200. */
  async start(): Promise<void> {
    this.launch();
    let gone = false;
    void this.exit.then(() => {
      gone = true;
    });
    for (;;) {
      if (gone) throw new Error(`The server exited before it was ready:\n${this.output}`);
      try {
        const response = await fetch(`${this.baseUrl}/api/v1/health`);
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Starts the server without waiting for it; `nodeArguments` go to Node before the script. */
  launch(nodeArguments: string[] = []): void {
    const child = spawn(
      process.execPath,
      [...nodeArguments, "--enable-source-maps", "dist/server/server.js"],
      {
        cwd: this.tree,
        env: {
          ...process.env,
          HOST: "127.0.0.1",
          PORT: String(this.port),
          BASE_URL: this.baseUrl,
          SESSION_SECRET: "crash-secret-crash-secret-crash-secret-42",
          LOG_LEVEL: "warn",
          ...this.env,
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    this.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  }

  /** Sends the signal and resolves once the process has exited, with how it exited. */
  async stop(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.child || !this.exited) throw new Error("The server is not running.");
    this.child.kill(signal);
    const exit = await this.exited;
    this.child = null;
    return exit;
  }

  /** Sends the signal without waiting; `exit` then tells how the process ended. */
  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  get exit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.exited) throw new Error("The server was never started.");
    return this.exited;
  }
}
