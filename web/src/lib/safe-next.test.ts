import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("follows a path inside Rapport", () => {
    expect(safeNext("/teams/42?tab=people")).toBe("/teams/42?tab=people");
  });

  it.each([null, "", "https://evil.example", "//evil.example/teams", "/\\evil.example", "teams"])(
    "goes to the home instead of %s",
    (next) => {
      expect(safeNext(next)).toBe("/");
    },
  );
});
