import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setupWorkspace } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { readDataVersion } from "../../db/data-version";

/** A person's own settings on `PATCH /me`: the time zone mails and the calendar feed use, and which mails come. */
describe("account settings", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it("starts in UTC with both mails on, and keeps what is changed, alone or together", async () => {
    const { admin } = await setupWorkspace(t, "Acme");
    const me = async () => (await admin.get("/api/v1/me")).json().user;
    expect(await me()).toMatchObject({ timeZone: "UTC", remindersEnabled: true, digestEnabled: true });

    expect((await admin.patch("/api/v1/me", { timeZone: "Europe/Berlin" })).statusCode).toBe(200);
    expect(await me()).toMatchObject({
      timeZone: "Europe/Berlin",
      remindersEnabled: true,
      digestEnabled: true,
    });

    const both = await admin.patch("/api/v1/me", { remindersEnabled: false, digestEnabled: false });
    expect(both.statusCode).toBe(200);
    const changed = await me();
    expect(changed).toMatchObject({
      timeZone: "Europe/Berlin",
      remindersEnabled: false,
      digestEnabled: false,
    });

    // The name alone, as the profile form sends it, leaves the settings be.
    expect((await admin.patch("/api/v1/me", { name: "Ada Admin" })).statusCode).toBe(200);
    expect(await me()).toEqual({ ...changed, name: "Ada Admin" });
  });

  it("stores a zone by its canonical name", async () => {
    const { admin } = await setupWorkspace(t, "Acme");
    expect((await admin.patch("/api/v1/me", { timeZone: "america/new_york" })).statusCode).toBe(200);
    expect((await admin.get("/api/v1/me")).json().user.timeZone).toBe("America/New_York");
    expect((await admin.patch("/api/v1/me", { timeZone: "US/Pacific" })).statusCode).toBe(200);
    expect((await admin.get("/api/v1/me")).json().user.timeZone).toBe("America/Los_Angeles");
  });

  it("refuses what is not an IANA zone or not a flag, naming the field, and stores nothing", async () => {
    const { admin, workspaceId } = await setupWorkspace(t, "Acme");
    const before = await readDataVersion(t.ctx.db, workspaceId);
    for (const [body, field] of [
      [{ timeZone: "Mars/Olympus" }, "timeZone"],
      [{ timeZone: "+01:00" }, "timeZone"],
      [{ timeZone: "" }, "timeZone"],
      [{ timeZone: "Europe/Berlin", remindersEnabled: "yes" }, "remindersEnabled"],
      [{ digestEnabled: 0 }, "digestEnabled"],
    ] as const) {
      const response = await admin.patch("/api/v1/me", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([field]);
    }
    expect((await admin.get("/api/v1/me")).json().user).toMatchObject({
      timeZone: "UTC",
      remindersEnabled: true,
      digestEnabled: true,
    });
    expect(await readDataVersion(t.ctx.db, workspaceId)).toBe(before);
  });

  it("moves the data version with a change, and not for an empty one", async () => {
    const { admin, workspaceId } = await setupWorkspace(t, "Acme");
    const before = await readDataVersion(t.ctx.db, workspaceId);
    expect((await admin.patch("/api/v1/me", {})).statusCode).toBe(200);
    expect(await readDataVersion(t.ctx.db, workspaceId)).toBe(before);
    expect((await admin.patch("/api/v1/me", { digestEnabled: false })).statusCode).toBe(200);
    expect(await readDataVersion(t.ctx.db, workspaceId)).not.toBe(before);
  });
});
