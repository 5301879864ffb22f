import { defineConfig } from "vitest/config";

/**
 * Two tiers run by `npm test`: unit (core/, no I/O) and integration (the real app through
 * inject() on a real database). RAPPORT_TEST_DB=postgres runs the integration tier on a
 * throwaway PostgreSQL cluster instead of SQLite (`npm run test:pg`).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["core/**/*.test.ts", "web/src/**/*.test.ts"] } },
      {
        test: {
          name: "integration",
          include: ["server/**/*.test.ts"],
          globalSetup: ["server/test/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
