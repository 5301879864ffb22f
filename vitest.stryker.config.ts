import { defineConfig } from "vitest/config";

/** The unit tests of core/ alone, for Stryker (stryker.config.mjs): no database, no browser. */
export default defineConfig({
  test: { include: ["core/**/*.test.ts"] },
});
