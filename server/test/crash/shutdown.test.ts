import { existsSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { openDatabase } from "../../src/db/database";
import { createTestDatabaseUrl } from "../harness";
import { testPort } from "./ports";
import { ServerProcess } from "./server-process";
import { HttpClient } from "./write-load";

/**
 * SIGTERM: the server stops taking connections, finishes the requests in flight, closes the
 * database and exits 0. The request in flight is a write whose body is still arriving when the
 * signal comes, so it can only finish if the database is still open for it.
 */
describe("shutdown on SIGTERM", () => {
  it("finishes the request in flight, refuses new connections, closes the database and exits 0", async () => {
    const database = await createTestDatabaseUrl();
    const server = new ServerProcess(await testPort(2), { DATABASE_URL: database.url });
    const config = loadConfig({ DATABASE_URL: database.url, SESSION_SECRET: "x".repeat(32) }).database;
    let socket: Socket | null = null;
    try {
      await server.start();
      const admin = new HttpClient(() => server.baseUrl);
      await admin.ok("POST", "/api/v1/setup", {
        workspaceName: "Northwind",
        name: "Ada Admin",
        email: "admin@shutdown.test",
        password: "shutdown passphrase long enough",
      });
      const cookie = admin.cookieHeader();

      // A slow client: the headers go now (the server answers 100 Continue once it has read
      // them, so the request is in progress), half the body after the signal.
      const body = JSON.stringify({ value: "Meetings that could have been an email", visibility: "leader" });
      const port = new URL(server.baseUrl).port;
      socket = connect(Number(port), "127.0.0.1");
      const received = collect(socket);
      socket.write(
        [
          "PUT /api/v1/me/answers/drains HTTP/1.1",
          `Host: 127.0.0.1:${port}`,
          "Content-Type: application/json",
          `Content-Length: ${Buffer.byteLength(body)}`,
          `Cookie: ${cookie}`,
          "Expect: 100-continue",
          "",
          "",
        ].join("\r\n"),
      );
      await received.until((text) => text.includes("100 Continue"));
      socket.write(body.slice(0, 10));

      server.signal("SIGTERM");
      await refused(Number(port));
      socket.write(body.slice(10));
      // Answered in full, with the connection closed after it rather than kept alive (a kept-alive
      // idle connection would hold the close, and the database, open).
      const response = await received.until((text) => complete(finalResponse(text)));
      expect(finalResponse(response).split("\r\n")[0]).toBe("HTTP/1.1 200 OK");
      expect(finalResponse(response).toLowerCase()).toContain("\r\nconnection: close\r\n");
      await received.closed();

      const exit = await server.exit;
      expect(exit).toEqual({ code: 0, signal: null });

      if (config.kind === "sqlite") {
        // The last connection closed cleanly: SQLite folded its write-ahead log into the file.
        expect(existsSync(`${config.file}-wal`)).toBe(false);
      }
      const handle = openDatabase(config);
      try {
        if (config.kind === "sqlite") {
          const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(handle.db);
          expect(rows).toEqual([{ integrity_check: "ok" }]);
        } else {
          // The server's pool is closed: no session of its own is left on the database. A backend
          // leaves a moment after its client said goodbye, so look a few times.
          const others = async () => {
            const { rows } = await sql<{ count: string }>`
              select count(*) as count from pg_stat_activity
              where datname = current_database() and pid <> pg_backend_pid()`.execute(handle.db);
            return Number(rows[0]?.count);
          };
          for (let look = 0; look < 100 && (await others()) > 0; look++)
            await new Promise((resolve) => setTimeout(resolve, 50));
          expect(await others()).toBe(0);
        }
        const answers = await handle.db.selectFrom("answers").select("value").execute();
        expect(answers.map((a) => JSON.parse(a.value))).toEqual(["Meetings that could have been an email"]);
      } finally {
        await handle.destroy();
      }
    } finally {
      socket?.destroy();
      if (server.pid) await server.stop("SIGKILL");
      await database.drop();
    }
  }, 60_000);
});

/**
 * A signal while the server is starting to listen (after server.ts took over SIGTERM and SIGINT,
 * before the port is bound): it still shuts down and exits 0, and the port is not left listening
 * once the bind the signal interrupted would have completed. held-listen.mjs holds the bind a second.
 */
describe("a signal during boot", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`${signal} while listen is in progress: exits 0 and leaves nothing listening`, async () => {
      const database = await createTestDatabaseUrl();
      const port = await testPort(4);
      const server = new ServerProcess(port, { DATABASE_URL: database.url });
      try {
        server.launch(["--import", fileURLToPath(new URL("./held-listen.mjs", import.meta.url))]);
        const exit = server.exit;
        while (!server.output.includes("held-listen: listen asked for")) {
          const gone = await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 20, null))]);
          if (gone) throw new Error(`The server exited before it listened:\n${server.output}`);
        }
        server.signal(signal);
        const running = new Promise((resolve) =>
          setTimeout(resolve, 15_000, "still running 15 s after the signal"),
        );
        expect(await Promise.race([exit, running]), server.output).toEqual({ code: 0, signal: null });
        // Past the moment the held bind would have happened: still nothing accepts on the port.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(await accepts(port)).toBe(false);
      } finally {
        if (server.pid) await server.stop("SIGKILL");
        await database.drop();
      }
    }, 60_000);
  }
});

/** What arrives on the socket, a wait for it to read a certain way, and a wait for its end. */
function collect(socket: Socket) {
  let text = "";
  let ended = false;
  const waiting: (() => void)[] = [];
  const wake = () => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  socket.on("data", (chunk) => {
    text += chunk.toString();
    wake();
  });
  socket.on("close", () => {
    ended = true;
    wake();
  });
  const next = () => new Promise<void>((resolve) => waiting.push(resolve));
  return {
    async until(ready: (text: string) => boolean): Promise<string> {
      while (!ready(text)) {
        if (ended) throw new Error(`The connection closed; it had received:\n${text}`);
        await next();
      }
      return text;
    },
    async closed(): Promise<string> {
      while (!ended) await next();
      return text;
    },
  };
}

/** The response after the interim 100 Continue. */
function finalResponse(text: string): string {
  return text.split("HTTP/1.1 100 Continue\r\n\r\n")[1] ?? "";
}

/** A response whose headers and whole body (by its Content-Length) have arrived. */
function complete(response: string): boolean {
  const end = response.indexOf("\r\n\r\n");
  if (end < 0) return false;
  const length = /\r\ncontent-length: *(\d+)/i.exec(response.slice(0, end + 2));
  return length !== null && Buffer.byteLength(response.slice(end + 4)) >= Number(length[1]);
}

/** Whether a new connection to the port is accepted (anything but ECONNREFUSED counts as accepted). */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(port, "127.0.0.1");
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", (error: NodeJS.ErrnoException) => resolve(error.code !== "ECONNREFUSED"));
  });
}

/** Resolves once a new connection to the port is refused: the server has stopped listening. */
async function refused(port: number): Promise<void> {
  while (await accepts(port)) await new Promise((resolve) => setTimeout(resolve, 20));
}
