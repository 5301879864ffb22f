import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompress } from "../../../web/build/precompress";
import { startTestApp, type TestApp } from "../../test/harness";

/** A built web app as `vite build` leaves it: index.html, a hashed script, an icon; then precompressed. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), "rapport-web-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><title>Rapport</title>${"<!-- padding -->".repeat(100)}`,
  );
  writeFileSync(
    join(dir, "assets", "index-AbC123xy.js"),
    `console.log(${JSON.stringify("x".repeat(4000))});`,
  );
  writeFileSync(join(dir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  expect(precompress(dir)).toBe(2); // the icon is too small to gain anything
  return dir;
}

describe("the web app's delivery", () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = fakeBuild();
    t = await startTestApp({ webDistDir: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, encoding?: string) =>
    t.app.inject({ method: "GET", url, headers: encoding ? { "accept-encoding": encoding } : {} });

  it("sends a hashed asset as the build compressed it, brotli before gzip, cached for a year", async () => {
    const br = await get("/assets/index-AbC123xy.js", "gzip, deflate, br");
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain("x".repeat(4000));

    const gzip = await get("/assets/index-AbC123xy.js", "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString()).toContain("x".repeat(4000));

    const plain = await get("/assets/index-AbC123xy.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toContain("x".repeat(4000));
  });

  it("never lets index.html be kept without asking, at / and at any app path", async () => {
    for (const [url, encoding] of [
      ["/", "br"],
      ["/", undefined],
      ["/teams/abc", "br"],
      ["/teams/abc", undefined],
      ["/assets/", undefined],
      ["/index.html", "br"],
    ] as const) {
      const page = await get(url, encoding);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers["cache-control"], url).toBe("no-cache");
      expect(page.headers["content-type"], url).toMatch(/^text\/html/);
    }
    expect((await get("/favicon.svg")).headers["cache-control"]).toBe("no-cache");
  });

  it("answers an unknown API path with the JSON 404, and never serves a file from outside the build", async () => {
    const unknown = await get("/api/v1/no-such-thing");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("not_found");
    // A file beside the build folder, which a path with ".." would reach.
    const outside = `${basename(dist)}-outside.txt`;
    writeFileSync(join(dist, "..", outside), "secret beside the build");
    try {
      for (const url of [`/../${outside}`, `/%2e%2e/${outside}`, `/assets/%2e%2e/%2e%2e/${outside}`]) {
        expect((await get(url)).body, url).not.toContain("secret beside the build");
      }
    } finally {
      rmSync(join(dist, "..", outside));
    }
    const missing = await get("/assets/index-Missing0.js");
    expect(missing.headers["content-type"]).toMatch(/^text\/html/);
  });

  it("keeps API answers out of every cache", async () => {
    const health = await get("/api/v1/health", "br");
    expect(health.headers["cache-control"]).toBe("no-store");
  });

  it("compresses an API answer of 1 KB or more as the client accepts, and leaves a small one as it is", async () => {
    const plain = await get("/api/openapi.json");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const document = plain.json();
    const br = await get("/api/openapi.json", "gzip, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(document);
    const gzip = await get("/api/openapi.json", "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(document);
    const small = await get("/api/v1/health", "br");
    expect(small.rawPayload.length).toBeLessThan(1024);
    expect(small.headers["content-encoding"]).toBeUndefined();
  });

  it("does not unpack a compressed request body: it is refused and nothing is stored", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/setup",
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      payload: gzipSync(
        JSON.stringify({ workspaceName: "W", name: "A", email: "a@b.test", password: "x".repeat(20) }),
      ),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_json");
    expect((await get("/api/v1/setup")).json().needed).toBe(true);
  });
});
