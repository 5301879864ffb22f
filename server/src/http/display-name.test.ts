import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { displayNameSchema, forbiddenCharacter } from "#contracts/display-name";
import { setupWorkspace } from "../../test/factories";
import { startTestApp, type TestApp } from "../../test/harness";

describe("display names", () => {
  const parse = (name: string) => displayNameSchema().safeParse(name);

  it("refuses bidi overrides, zero-width characters, NUL and other controls", () => {
    expect(forbiddenCharacter("\u202eAdmin")).toBe("U+202E");
    expect(forbiddenCharacter("Ad\u200bmin")).toBe("U+200B");
    expect(forbiddenCharacter("Ada\u0000")).toBe("U+0000");
    expect(forbiddenCharacter("Ada\u2066x\u2069")).toBe("U+2066");
    expect(forbiddenCharacter("Ada\ufeff")).toBe("U+FEFF");
    expect(forbiddenCharacter("Ada\u0007")).toBe("U+0007");
    expect(forbiddenCharacter("a\u200db")).toBe("U+200D");
    expect(forbiddenCharacter("Ada\u{E0041}")).toBe("U+E0041");
    const result = parse("\u202eAdmin\u200b");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/U\+202E/);
  });

  it("keeps the characters emoji sequences need, and ordinary names in any script", () => {
    for (const name of [
      "Zoë",
      "李小龍",
      "Ada 👩‍💻",
      "👨‍👩‍👧",
      "🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scot",
      "👍🏽 Sam",
      "❤️ Team",
      "Ngũgĩ",
      "محمد",
    ]) {
      expect(forbiddenCharacter(name), name).toBeNull();
      expect(parse(name).success, name).toBe(true);
    }
  });

  it("stores the NFC form, with white space made single and trimmed", () => {
    expect(parse("Zoe\u0308").data).toBe("Zoë");
    expect(parse("Zoe\u0308").data).toHaveLength(3);
    expect(parse("  Ada \t\n Lovelace ").data).toBe("Ada Lovelace");
    expect(parse("   ").success).toBe(false);
    expect(parse("x".repeat(101)).success).toBe(false);
    expect(parse("x".repeat(100)).success).toBe(true);
  });
});

describe("names through the API", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it("refuses a hidden character in a person's, a team's and a list's name with a 400 naming the field", async () => {
    const { admin } = await setupWorkspace(t);
    const spoof = "\u202eAdmin\u200b";
    const rename = await admin.patch("/api/v1/me", { name: spoof });
    expect(rename.statusCode).toBe(400);
    expect(rename.json().error.details.fields).toEqual([
      { path: "name", message: "must not contain the invisible or control character U+202E" },
    ]);
    expect((await admin.get("/api/v1/me")).json().user.name).toBe("Ada Admin");
    const team = await admin.post("/api/v1/teams", { name: `Team${"\u0000"}` });
    expect(team.statusCode).toBe(400);
    expect(team.json().error.details.fields[0].path).toBe("name");
    const list = await admin.post("/api/v1/question-lists", { name: "Mine\u2066" });
    expect(list.statusCode).toBe(400);
    expect(list.json().error.details.fields[0].path).toBe("name");
    expect((await admin.get("/api/v1/teams")).json().teams).toEqual([]);
    const ok = await admin.patch("/api/v1/me", { name: "Ada 👩‍💻 Zoe\u0308" });
    expect(ok.statusCode).toBe(200);
    expect((await admin.get("/api/v1/me")).json().user.name).toBe("Ada 👩‍💻 Zoë");
  });
});
