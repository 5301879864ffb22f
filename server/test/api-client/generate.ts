import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateApi } from "swagger-typescript-api";
import { openApiDocument } from "../../src/cli/openapi-document";

/**
 * A TypeScript client generated from an OpenAPI document by swagger-typescript-api: a fetch client
 * with one method per operation, named by its operationId and grouped by its first tag
 * (`api.teams.createTeam(...)`). Never committed, so it cannot fall behind a route: the test makes
 * its own from the app it runs, and `npm run typecheck` writes CLIENT_FILE first for its types.
 */
export const CLIENT_FILE = fileURLToPath(new URL("../../../.tmp/api-client/rapport-api.ts", import.meta.url));

export async function writeApiClient(document: unknown, file: string): Promise<void> {
  await generateApi({
    spec: document,
    output: resolve(file, ".."),
    fileName: file.split("/").at(-1) ?? "rapport-api.ts",
    httpClientType: "fetch",
    moduleNameFirstTag: true,
    enumStyle: "union",
    silent: true,
  });
}

// Run as a script (npm run generate:api-client).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeApiClient(await openApiDocument(), CLIENT_FILE);
  console.log(`Wrote ${join(CLIENT_FILE)}`);
}
