import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupWorkspace } from "../../test/factories";
import { startTestApp, type TestApp } from "../../test/harness";

describe("compressed answers", () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestApp();
    const { admin } = await setupWorkspace(t);
    cookie = admin.sessionCookie ?? "";
  });
  afterAll(() => t.close());

  const facets = (headers: Record<string, string> = {}) =>
    t.app.inject({ url: "/api/v1/facets", headers: { cookie, ...headers } });

  it("are the same JSON, brotli or gzip as the client prefers, with Vary and the compressed length", async () => {
    const plain = await facets();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    // Between the threshold and the size compressed off the event loop (openapi.json, web.test.ts).
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    expect(plain.rawPayload.length).toBeLessThan(32 * 1024);
    const catalogue = plain.json();
    const decode = { br: brotliDecompressSync, gzip: gunzipSync };
    for (const [accept, encoding] of [
      ["gzip, deflate, br", "br"],
      ["br;q=0.5, gzip", "gzip"],
      ["x-gzip", "gzip"],
      ["*", "gzip"],
    ] as const) {
      const response = await facets({ "accept-encoding": accept });
      expect(response.headers["content-encoding"], accept).toBe(encoding);
      expect(response.headers.vary).toBe("accept-encoding");
      expect(response.headers["content-length"]).toBe(String(response.rawPayload.length));
      expect(response.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(JSON.parse(decode[encoding](response.rawPayload).toString())).toEqual(catalogue);
      expect(response.headers["cache-control"]).toBe("no-store");
    }
  });

  it("are plain to a client that takes neither encoding, or asks for none", async () => {
    const catalogue = (await facets()).json();
    const asked: Record<string, string>[] = [
      { "accept-encoding": "identity" },
      { "accept-encoding": "gzip;q=0, br;q=0" },
      { "accept-encoding": "deflate" },
      { "accept-encoding": "br", "x-no-compression": "1" },
    ];
    for (const headers of asked) {
      const response = await facets(headers);
      expect(response.headers["content-encoding"], JSON.stringify(headers)).toBeUndefined();
      expect(response.headers.vary).toBeUndefined();
      expect(response.json()).toEqual(catalogue);
    }
  });
});
