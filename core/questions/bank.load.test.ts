import { describe, expect, it } from "vitest";
import bankJson from "./bank.json" with { type: "json" };

/**
 * bank.ts parses bank.json when it loads, so a broken entry stops the server at start-up. This file
 * imports bank.ts inside the test rather than at its top: a module that throws while loading then
 * fails this test, instead of leaving a test file with no test at all, which Stryker's vitest runner
 * counts as nothing failed (stryker-js#6150), so mutants that break the load would look alive.
 */
describe("the bank as it loads", () => {
  it("parses every entry of bank.json, in file order, unchanged", async () => {
    const { BANK_QUESTIONS } = await import("./bank");
    expect(BANK_QUESTIONS).toEqual(bankJson);
  });
});
