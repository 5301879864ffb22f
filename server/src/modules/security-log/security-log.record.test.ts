import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setupWorkspace } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { readDataVersion } from "../../db/data-version";
import { recordSecurityEvent, shortUserAgent } from "./index";

describe("recordSecurityEvent", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const workspace = () => t.ctx.db.selectFrom("workspaces").select("id").executeTakeFirstOrThrow();

  it("appends an event with its origin and detail, and leaves the data version where it was", async () => {
    await setupWorkspace(t);
    const { id } = await workspace();
    const before = await readDataVersion(t.ctx.db, id);
    const count = async () =>
      (await t.ctx.db.selectFrom("security_events").select("id").where("kind", "=", "role_changed").execute())
        .length;
    await recordSecurityEvent(t.ctx.db, {
      workspaceId: id,
      kind: "role_changed",
      at: t.clock.now(),
      actorId: "11111111-1111-4111-8111-111111111111",
      subjectId: "22222222-2222-4222-8222-222222222222",
      origin: { address: "203.0.113.9", userAgent: "Browser/1.0\n\tX" },
      detail: { role: "leader", previousRole: "member" },
    });
    expect(await count()).toBe(1);
    const row = await t.ctx.db
      .selectFrom("security_events")
      .selectAll()
      .where("kind", "=", "role_changed")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      workspace_id: id,
      outcome: "success",
      address: "203.0.113.9",
      user_agent: "Browser/1.0 X",
      occurred_at: t.clock.now().toISOString(),
    });
    expect(JSON.parse(row.detail)).toEqual({ role: "leader", previousRole: "member" });
    expect(await readDataVersion(t.ctx.db, id)).toBe(before);
  });

  it("refuses a detail outside the closed shape, so no text or secret can be slipped in", async () => {
    await setupWorkspace(t);
    const { id } = await workspace();
    const base = { workspaceId: id, kind: "sign_in" as const, at: t.clock.now() };
    const before = await t.ctx.db.selectFrom("security_events").select("id").execute();
    // A key that is not in the shape, and an id field holding a sentence.
    await expect(
      recordSecurityEvent(t.ctx.db, { ...base, detail: { password: "hunter2" } as never }),
    ).rejects.toThrow();
    await expect(
      recordSecurityEvent(t.ctx.db, { ...base, detail: { teamId: "my password is hunter2" } }),
    ).rejects.toThrow();
    expect(await t.ctx.db.selectFrom("security_events").select("id").execute()).toHaveLength(before.length);
  });

  it("keeps a user agent short and without control characters", () => {
    expect(shortUserAgent(undefined)).toBeNull();
    expect(shortUserAgent("  ")).toBeNull();
    expect(shortUserAgent(`Mozilla/5.0 ${"x".repeat(500)}`)?.length).toBe(160);
  });
});
