import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPort } from "./crash/ports";
import { ServerProcess } from "./crash/server-process";
import { HttpClient } from "./crash/write-load";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The server as `npm start` runs it: the bundle in dist/server (built by the global setup) on plain
 * Node, with no TypeScript loader. It runs here from a copy of the tree that holds only
 * package.json, dist/server, a stand-in web/dist and the packages: no TypeScript source at all, so
 * anything the bundle still read from server/src, core/ or contracts/ at run time would fail.
 */
describe("the compiled server", () => {
  let tree: string;
  let server: ServerProcess;

  beforeAll(async () => {
    tree = mkdtempSync(join(tmpdir(), "rapport-compiled-"));
    cpSync(join(root, "package.json"), join(tree, "package.json"));
    cpSync(join(root, "dist", "server"), join(tree, "dist", "server"), { recursive: true });
    mkdirSync(join(tree, "web", "dist"), { recursive: true });
    writeFileSync(
      join(tree, "web", "dist", "index.html"),
      "<!doctype html><title>Rapport</title><p>built web app</p>",
    );
    symlinkSync(join(root, "node_modules"), join(tree, "node_modules"));
    server = new ServerProcess(
      await testPort(3),
      { DATABASE_URL: `sqlite:${join(tree, "rapport.db")}`, DATA_DIR: join(tree, "data") },
      tree,
    );
    await server.start();
  });

  afterAll(async () => {
    if (server?.pid !== undefined) await server.stop("SIGTERM");
    rmSync(tree, { recursive: true, force: true });
  });

  it("answers the health route and serves the web app from web/dist beside it", async () => {
    const health = await fetch(`${server.baseUrl}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });

    const index = await fetch(`${server.baseUrl}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await index.text()).toContain("built web app");
  });

  it("sets up a workspace and audits on the audit thread: migrations, argon2, the common-password list and the thread's entry load from the bundle", async () => {
    const admin = new HttpClient(() => server.baseUrl);
    const setup = { workspaceName: "Northwind", name: "Ada Admin", email: "admin@compiled.test" };
    const common = await admin.request("POST", "/api/v1/setup", { ...setup, password: "qwerty123456" });
    expect(common.status).toBe(400);
    expect(JSON.stringify(common.body)).toContain('"path":"password"');

    await admin.ok("POST", "/api/v1/setup", { ...setup, password: "compiled passphrase long enough" });
    const me = await admin.ok<{ user: { email: string } }>("GET", "/api/v1/me");
    expect(me.user.email).toBe("admin@compiled.test");
    // Computed by dist/server/audit-worker.js (AUDIT_WORKERS is 1 by default): no team led yet.
    const audit = await admin.ok<{ scope: { kind: string }; people: unknown[] }>("GET", "/api/v1/me/audit");
    expect(audit.scope.kind).toBe("leader");
    expect(audit.people).toEqual([]);
  });

  it("describes the API: the OpenAPI document and its interactive docs", async () => {
    const document = await fetch(`${server.baseUrl}/api/openapi.json`);
    expect(document.status).toBe(200);
    const body = (await document.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(body.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(body.paths)).toContain("/api/v1/health");
    const docs = await fetch(`${server.baseUrl}/api/docs/`);
    expect(docs.status).toBe(200);
  });

  it("has the command line in the bundle too", () => {
    const help = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'const { runCli } = await import("./dist/server/cli/rapport.js"); process.exit(await runCli(["help"]));',
      ],
      { cwd: tree, encoding: "utf8" },
    );
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("rapport — administer a Rapport installation");
  });
});
