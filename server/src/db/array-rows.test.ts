import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupWorkspace } from "../../test/factories";
import { startTestApp, type TestApp } from "../../test/harness";
import { selectArrays } from "./array-rows";

describe("selectArrays", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("gives each row as its values in the select's order, and leaves the same query unmarked as objects", async () => {
    const { adminEmail } = await setupWorkspace(t);
    const query = t.ctx.db
      .selectFrom("users")
      .select(["name", "email", "is_admin"])
      .where("email", "=", adminEmail);
    expect(await selectArrays(t.ctx.db, query)).toEqual([["Ada Admin", adminEmail, 1]]);
    // The statement kept for the marked SQL is not the one an ordinary read of it gets.
    expect(await query.execute()).toEqual([{ name: "Ada Admin", email: adminEmail, is_admin: 1 }]);
    expect(await selectArrays(t.ctx.db, query.where("email", "=", "nobody@example.test"))).toEqual([]);
  });
});
