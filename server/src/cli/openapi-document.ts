import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "../app";
import { loadConfig } from "../config";

/**
 * The OpenAPI document exactly as the app serves it, for `npm run lint:api` and the client
 * generator. An in-memory database: building the app runs migrations, and nothing here may touch a
 * real installation's data. BASE_URL, when set, becomes the document's server.
 */
export async function openApiDocument(env: NodeJS.ProcessEnv = process.env): Promise<unknown> {
  const config = loadConfig({
    BASE_URL: env.BASE_URL,
    DATABASE_URL: "sqlite::memory:",
    SESSION_SECRET: "openapi-document-only-openapi-document-only",
    LOG_LEVEL: "silent",
  });
  const { app } = await buildApp({ config, logger: false, webDistDir: "/nonexistent" });
  try {
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    if (response.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${response.statusCode}`);
    return response.json();
  } finally {
    await app.close();
  }
}

// Run as a script (npm run lint:api): write the document to the file named, or .tmp/openapi.json.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = resolve(process.argv[2] ?? ".tmp/openapi.json");
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
  console.log(`Wrote ${target}`);
}
