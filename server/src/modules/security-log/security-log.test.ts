import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, ledTeam, setupWorkspace, signIn } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";
import { readDataVersion } from "../../db/data-version";
import { securityLogRetentionJob } from "../../jobs/security-log-retention.job";
import { currentCode, PERIOD_SECONDS } from "../auth/second-factor.crypto";

const DAY = 24 * 60 * 60_000;
const NEW_PASSWORD = "a brand new passphrase 77";

interface Row {
  kind: string;
  outcome: string;
  actor_id: string | null;
  subject_id: string | null;
  address: string | null;
  user_agent: string | null;
  detail: string;
}

describe("the security log", () => {
  let t: TestApp;
  beforeEach(async () => {
    // Sessions that outlast the test's weeks, so the clock can move days between calls.
    t = await startTestApp({
      env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60), SESSION_MAX_DAYS: "365" },
      jobs: [securityLogRetentionJob],
    });
  });
  afterEach(() => t.close());

  const events = async (kind?: string): Promise<Row[]> => {
    let q = t.ctx.db.selectFrom("security_events").selectAll().orderBy("occurred_at").orderBy("id");
    if (kind) q = q.where("kind", "=", kind);
    return q.execute();
  };
  const last = async (kind: string) => {
    const rows = await events(kind);
    const row = rows.at(-1);
    if (!row) throw new Error(`no ${kind} event`);
    return { ...row, detail: JSON.parse(row.detail) as Record<string, unknown> };
  };
  const tick = () => t.clock.advance(1000);

  it("records sign-ins, failed sign-ins and sign-outs with the address and user agent", async () => {
    const { adminId, adminEmail } = await setupWorkspace(t);
    const browser = new Client(t.app);
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: adminEmail, password: PASSWORD },
      headers: { "user-agent": "Firefox/140.0 (X11; Linux)" },
    });
    expect(ok.statusCode).toBe(200);
    expect(await last("sign_in")).toMatchObject({
      outcome: "success",
      actor_id: adminId,
      subject_id: adminId,
      address: "127.0.0.1",
      user_agent: "Firefox/140.0 (X11; Linux)",
    });
    tick();
    const wrong = await browser.post("/api/v1/auth/login", {
      email: adminEmail,
      password: "not the password",
    });
    expect(wrong.statusCode).toBe(401);
    expect(await last("sign_in_failed")).toMatchObject({
      outcome: "failure",
      actor_id: null,
      subject_id: adminId,
      detail: { reason: "wrong_password" },
    });
    // An address that is no account names no workspace: nothing is recorded for it.
    const before = (await events()).length;
    await browser.post("/api/v1/auth/login", { email: "nobody@example.test", password: "whatever it is" });
    expect(await events()).toHaveLength(before);

    tick();
    const signedIn = await signIn(t, adminEmail);
    tick();
    expect((await signedIn.post("/api/v1/auth/logout")).statusCode).toBe(200);
    expect(await last("sign_out")).toMatchObject({ actor_id: adminId, subject_id: adminId });
  });

  it("records a two-step sign-in when the code is taken, and a wrong code as a failed sign-in", async () => {
    const { admin, adminId, adminEmail } = await setupWorkspace(t);
    const setup = (await admin.post("/api/v1/me/second-factor/setup")).json() as { secret: string };
    const key = setup.secret.replace(/ /g, "");
    const confirmed = await admin.post("/api/v1/me/second-factor/confirm", {
      password: PASSWORD,
      code: currentCode(key, t.clock.now()),
    });
    expect(confirmed.statusCode).toBe(200);
    t.clock.advance(PERIOD_SECONDS * 1000);
    const before = (await events("sign_in")).length;
    const browser = new Client(t.app);
    expect(
      (await browser.post("/api/v1/auth/login", { email: adminEmail, password: PASSWORD })).json(),
    ).toEqual({
      secondFactor: "required",
    });
    // The password alone is no sign-in yet.
    expect(await events("sign_in")).toHaveLength(before);
    expect((await browser.post("/api/v1/auth/login/second-factor", { code: "000000" })).statusCode).toBe(400);
    expect(await last("sign_in_failed")).toMatchObject({
      subject_id: adminId,
      detail: { reason: "wrong_code" },
    });
    tick();
    const ok = await browser.post("/api/v1/auth/login/second-factor", {
      code: currentCode(key, t.clock.now()),
    });
    expect(ok.statusCode).toBe(200);
    expect(await last("sign_in")).toMatchObject({ actor_id: adminId, detail: { reason: "second_factor" } });
    expect(JSON.stringify(await events())).not.toContain(key);
  });

  it("records password changes (and a wrong current password), reset links asked for, made and used", async () => {
    const { admin, adminId, adminEmail } = await setupWorkspace(t);
    const wrong = await admin.post("/api/v1/me/password", {
      currentPassword: "not my password at all",
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(400);
    expect(await last("password_changed")).toMatchObject({ outcome: "failure", subject_id: adminId });
    tick();
    const changed = await admin.post("/api/v1/me/password", {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode).toBe(200);
    expect(await last("password_changed")).toMatchObject({
      outcome: "success",
      actor_id: adminId,
      detail: { reason: "self" },
    });

    tick();
    const asked = await new Client(t.app).post("/api/v1/auth/password-resets", { email: adminEmail });
    expect(asked.statusCode).toBe(202);
    expect(await last("password_reset_requested")).toMatchObject({
      actor_id: null,
      subject_id: adminId,
      detail: { reason: "by_mail" },
    });

    const { teamId } = { teamId: await createTeam(admin) };
    const invite = await admin.post(`/api/v1/teams/${teamId}/invitations`, {
      email: "mo@example.test",
      role: "member",
    });
    const token = (invite.json() as { url: string }).url.split("/invitations/")[1];
    const mo = new Client(t.app);
    const joined = await mo.post(`/api/v1/invitations/${token}/accept`, { name: "Mo", password: PASSWORD });
    const moId = (joined.json() as { userId: string }).userId;
    tick();
    const made = await admin.post(`/api/v1/users/${moId}/password-reset`);
    expect(made.statusCode).toBe(201);
    expect(await last("password_reset_requested")).toMatchObject({
      actor_id: adminId,
      subject_id: moId,
      detail: { reason: "by_admin" },
    });
    tick();
    const link = (made.json() as { url: string }).url.split("#")[1];
    const used = await new Client(t.app).post("/api/v1/auth/password-resets/use", {
      token: link,
      newPassword: NEW_PASSWORD,
    });
    expect(used.statusCode).toBe(200);
    expect(await last("password_reset_used")).toMatchObject({ subject_id: moId, outcome: "success" });
  });

  it("records role changes, removals, deactivations and reactivations, in the action's transaction", async () => {
    const { admin, teamId, member, teammate } = await ledTeam(t);
    const adminId = (
      await t.ctx.db.selectFrom("users").select("id").where("is_admin", "=", 1).executeTakeFirstOrThrow()
    ).id;
    expect(
      (await admin.patch(`/api/v1/teams/${teamId}/members/${member.userId}`, { role: "leader" })).statusCode,
    ).toBe(200);
    expect(await last("role_changed")).toMatchObject({
      actor_id: adminId,
      subject_id: member.userId,
      detail: { teamId, role: "leader", previousRole: "member" },
    });
    // The same role again changes nothing and records nothing.
    const count = (await events("role_changed")).length;
    await admin.patch(`/api/v1/teams/${teamId}/members/${member.userId}`, { role: "leader" });
    expect(await events("role_changed")).toHaveLength(count);

    expect((await admin.delete(`/api/v1/teams/${teamId}/members/${teammate.userId}`)).statusCode).toBe(200);
    expect(await last("member_removed")).toMatchObject({ subject_id: teammate.userId, detail: { teamId } });

    expect((await admin.post(`/api/v1/users/${teammate.userId}/deactivate`)).statusCode).toBe(200);
    expect(await last("deactivated")).toMatchObject({ actor_id: adminId, subject_id: teammate.userId });
    expect((await admin.post(`/api/v1/users/${teammate.userId}/reactivate`)).statusCode).toBe(200);
    expect(await last("reactivated")).toMatchObject({ subject_id: teammate.userId });

    // A refused deactivation (of oneself) records nothing.
    const all = (await events()).length;
    expect((await admin.post(`/api/v1/users/${adminId}/deactivate`)).statusCode).toBe(409);
    expect(await events()).toHaveLength(all);
  });

  it("records invitations sent, renewed, withdrawn and accepted, without the address or the link", async () => {
    const { admin, adminId } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const sent = await admin.post(`/api/v1/teams/${teamId}/invitations`, {
      email: "new@example.test",
      role: "member",
    });
    const { id: invitationId, url } = sent.json() as { id: string; url: string };
    expect(await last("invitation_sent")).toMatchObject({
      actor_id: adminId,
      subject_id: null,
      detail: { invitationId, teamId, role: "member" },
    });
    const renewed = await admin.post(`/api/v1/invitations/${invitationId}/renew`);
    expect(renewed.statusCode).toBe(200);
    expect(await last("invitation_renewed")).toMatchObject({ detail: { invitationId } });
    expect((await admin.delete(`/api/v1/invitations/${invitationId}`)).statusCode).toBe(200);
    expect(await last("invitation_revoked")).toMatchObject({ detail: { invitationId } });

    const again = await admin.post(`/api/v1/teams/${teamId}/invitations`, {
      email: "new@example.test",
      role: "leader",
    });
    const token = (again.json() as { url: string }).url.split("/invitations/")[1];
    const accepted = await new Client(t.app).post(`/api/v1/invitations/${token}/accept`, {
      name: "Nia",
      password: PASSWORD,
    });
    const userId = (accepted.json() as { userId: string }).userId;
    expect(await last("invitation_accepted")).toMatchObject({
      actor_id: userId,
      subject_id: userId,
      detail: { teamId, role: "leader", reason: "new_account" },
    });
    const text = JSON.stringify(await events());
    expect(text).not.toContain("new@example.test");
    expect(text).not.toContain(url.split("/invitations/")[1]);
    expect(text).not.toContain(token);
  });

  it("records coach invitations, grant changes, acceptance and ending", async () => {
    const { leader, member } = await ledTeam(t);
    const memberEmail = (
      await t.ctx.db
        .selectFrom("users")
        .select("email")
        .where("id", "=", member.userId)
        .executeTakeFirstOrThrow()
    ).email;
    const invited = await leader.client.post("/api/v1/me/coaches", {
      email: memberEmail,
      grants: ["practice"],
    });
    expect(invited.statusCode).toBe(201);
    const { id: coachingId, url } = invited.json() as { id: string; url: string };
    expect(await last("coach_invited")).toMatchObject({
      actor_id: leader.userId,
      detail: { coachingId, grants: ["practice"] },
    });
    const token = url.split("/").at(-1) ?? "";
    const accepted = await member.client.post(`/api/v1/coach-invitations/${token}/accept`, {});
    expect(accepted.statusCode).toBe(200);
    expect(await last("coach_accepted")).toMatchObject({
      subject_id: member.userId,
      detail: { coachingId, reason: "existing_account" },
    });
    const changed = await leader.client.patch(`/api/v1/me/coaches/${coachingId}`, {
      grants: ["audit", "practice"],
    });
    expect(changed.statusCode).toBe(200);
    expect(await last("coach_grants_changed")).toMatchObject({
      subject_id: member.userId,
      detail: { coachingId, grants: ["audit", "practice"] },
    });
    expect((await leader.client.delete(`/api/v1/me/coaches/${coachingId}`)).statusCode).toBe(200);
    expect(await last("coach_ended")).toMatchObject({ actor_id: leader.userId, subject_id: member.userId });
  });

  it("records export downloads and tokens made and revoked, never the token itself, and never moves the data version", async () => {
    const { admin, adminId, workspaceId } = await setupWorkspace(t);
    const version = await readDataVersion(t.ctx.db, workspaceId);
    expect((await admin.get("/api/v1/me/export.json")).statusCode).toBe(200);
    expect(await last("export_downloaded")).toMatchObject({ actor_id: adminId, detail: { format: "json" } });
    tick();
    expect((await admin.get("/api/v1/me/export/answers.csv")).statusCode).toBe(200);
    expect(await last("export_downloaded")).toMatchObject({ detail: { format: "csv", dataset: "answers" } });

    const made = await admin.post("/api/v1/me/tokens", {
      name: "My script",
      expiresInDays: 30,
      scopes: ["read"],
    });
    const { id: tokenId, token } = made.json() as { id: string; token: string };
    expect(await last("token_created")).toMatchObject({ detail: { tokenId, scopes: ["read"] } });
    expect((await admin.delete(`/api/v1/tokens/${tokenId}`)).statusCode).toBe(200);
    expect(await last("token_revoked")).toMatchObject({
      actor_id: adminId,
      subject_id: adminId,
      detail: { tokenId },
    });
    // Revoking again changes nothing and records nothing.
    const count = (await events("token_revoked")).length;
    await admin.delete(`/api/v1/tokens/${tokenId}`);
    expect(await events("token_revoked")).toHaveLength(count);
    const text = JSON.stringify(await events());
    expect(text).not.toContain(token);
    expect(text).not.toContain("My script");
    expect(await readDataVersion(t.ctx.db, workspaceId)).toBe(version);
  });

  it("shows admins the log, filtered by kind, person, outcome and days, paged; others 403", async () => {
    const { admin, leader, member } = await ledTeam(t);
    const memberEmail = (
      await t.ctx.db
        .selectFrom("users")
        .select("email")
        .where("id", "=", member.userId)
        .executeTakeFirstOrThrow()
    ).email;
    t.clock.set(new Date("2026-11-10T12:00:00.000Z"));
    await new Client(t.app).post("/api/v1/auth/login", {
      email: memberEmail,
      password: "wrong password here",
    });
    t.clock.set(new Date("2026-11-12T12:00:00.000Z"));
    await signIn(t, memberEmail);
    const leaderEmail = (
      await t.ctx.db
        .selectFrom("users")
        .select("email")
        .where("id", "=", leader.userId)
        .executeTakeFirstOrThrow()
    ).email;
    await signIn(t, leaderEmail);

    expect((await leader.client.get("/api/v1/security-log")).statusCode).toBe(403);
    expect((await member.client.get("/api/v1/security-log.csv")).statusCode).toBe(403);

    const failures = await admin.get("/api/v1/security-log?outcome=failure");
    expect(failures.statusCode).toBe(200);
    const failed = failures.json() as { events: { kind: string; subject: { id: string; name: string } }[] };
    expect(failed.events.map((e) => e.kind)).toEqual(["sign_in_failed"]);
    expect(failed.events[0]?.subject).toEqual({ id: member.userId, name: "Max" });

    const mine = (await admin.get(`/api/v1/security-log?personId=${member.userId}&kind=sign_in`)).json() as {
      events: { at: string }[];
    };
    expect(mine.events.map((e) => e.at.slice(0, 10))).toEqual(["2026-11-12"]);
    const signIns = (await admin.get("/api/v1/security-log?kind=sign_in")).json() as { events: unknown[] };
    expect(signIns.events).toHaveLength(2);
    const day = (
      await admin.get(`/api/v1/security-log?personId=${member.userId}&from=2026-11-10&to=2026-11-10`)
    ).json() as {
      events: { kind: string }[];
    };
    expect(day.events.map((e) => e.kind)).toEqual(["sign_in_failed"]);

    const bad = await admin.get("/api/v1/security-log?kind=nonsense&from=yesterday");
    expect(bad.statusCode).toBe(400);

    // Paging: two at a time, newest first, until `next` is null, every event once.
    const all = (await admin.get("/api/v1/security-log?limit=200")).json() as { events: { id: string }[] };
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page = (
        await admin.get(`/api/v1/security-log?limit=2${next ? `&before=${next}` : ""}`)
      ).json() as {
        events: { id: string }[];
        next: string | null;
      };
      seen.push(...page.events.map((e) => e.id));
      next = page.next;
    } while (next);
    expect(seen).toEqual(all.events.map((e) => e.id));
    expect(seen.length).toBeGreaterThan(4);
  });

  it("downloads the filtered log as CSV with formula cells kept as text", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: adminEmail, password: PASSWORD },
      headers: { "user-agent": '=HYPERLINK("http://evil.example")' },
    });
    const csv = await admin.get("/api/v1/security-log.csv?kind=sign_in");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toContain("attachment");
    const lines = csv.body.trim().split("\r\n");
    expect(lines[0]).toBe("at,kind,outcome,actor_id,actor,subject_id,subject,address,user_agent,detail");
    expect(lines).toHaveLength(2);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv.body).not.toMatch(/,=HYPERLINK/);
  });

  it("keeps events for the workspace's retention days, which admins set within bounds; the daily job deletes older ones", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    expect((await admin.get("/api/v1/settings/security-log")).json()).toEqual({ retentionDays: 365 });
    const tooShort = await admin.patch("/api/v1/settings/security-log", { retentionDays: 7 });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.body).toContain("retentionDays");
    expect((await admin.patch("/api/v1/settings/security-log", { retentionDays: 30 })).json()).toEqual({
      retentionDays: 30,
    });
    expect(await last("retention_changed")).toMatchObject({ detail: { days: 30, previousDays: 365 } });

    const oldCount = (await events()).length;
    t.clock.advance(20 * DAY);
    await signIn(t, adminEmail);
    t.clock.advance(15 * DAY);
    await t.scheduler.tick();
    // The events from day 0 are 35 days old: gone; the sign-in of day 20 stays.
    const left = await events();
    expect(left.map((e) => e.kind)).toEqual(["sign_in"]);
    expect(oldCount).toBeGreaterThan(0);
  });

  it("is append-only: the repository has no update, and deletes only for the retention job", async () => {
    const { securityLogRepository } = await import("./security-log.repository");
    expect(Object.keys(securityLogRepository).sort()).toEqual([
      "deleteOlderThan",
      "find",
      "insert",
      "list",
      "retentionDays",
      "setRetentionDays",
      "signInsOf",
      "workspacesWithRetention",
    ]);
    const { readFile } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { readdir } = await import("node:fs/promises");
    // No code outside this repository writes the table.
    const root = join(__dirname, "../..");
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (path.endsWith(".ts") && !path.endsWith(".test.ts") && !path.includes("migrations")) {
          const text = await readFile(path, "utf8");
          if (
            /(updateTable|deleteFrom|insertInto)\(\s*"security_events/.test(text) &&
            !path.endsWith("security-log.repository.ts")
          )
            offenders.push(path);
        }
      }
    };
    await walk(root);
    expect(offenders).toEqual([]);
    const repo = await readFile(join(__dirname, "security-log.repository.ts"), "utf8");
    expect(repo).not.toMatch(/updateTable\(\s*"security_events/);
    expect(repo.match(/deleteFrom\(/g)).toHaveLength(1);
  });

  it("shows a person their sessions and sign-ins, and ends another session but never someone else's", async () => {
    const { leader, member } = await ledTeam(t);
    const memberEmail = (
      await t.ctx.db
        .selectFrom("users")
        .select("email")
        .where("id", "=", member.userId)
        .executeTakeFirstOrThrow()
    ).email;
    tick();
    const phone = new Client(t.app);
    const signedIn = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: memberEmail, password: PASSWORD },
      headers: { "user-agent": "Phone Browser/2" },
    });
    const cookie = signedIn.cookies.find((c) => c.name === "rapport_session");
    phone.setCookie("rapport_session", cookie?.value ?? "");
    const listed = (await member.client.get("/api/v1/me/sessions")).json() as {
      sessions: { id: string; current: boolean; userAgent: string | null; address: string | null }[];
    };
    expect(listed.sessions).toHaveLength(2);
    const other = listed.sessions.find((s) => !s.current);
    const current = listed.sessions.find((s) => s.current);
    expect(other).toMatchObject({ userAgent: "Phone Browser/2", address: "127.0.0.1" });
    if (!other || !current) throw new Error("two sessions expected");
    // The id shown is not the stored one.
    const stored = await t.ctx.db.selectFrom("sessions").select("id").execute();
    expect(stored.map((s) => s.id)).not.toContain(other.id);

    // Someone else's session, and one's own current session, are not found here.
    expect((await leader.client.delete(`/api/v1/me/sessions/${other.id}`)).statusCode).toBe(404);
    expect((await member.client.delete(`/api/v1/me/sessions/${current.id}`)).statusCode).toBe(404);
    expect((await phone.get("/api/v1/me")).statusCode).toBe(200);
    expect((await member.client.delete(`/api/v1/me/sessions/${other.id}`)).statusCode).toBe(200);
    expect((await phone.get("/api/v1/me")).statusCode).toBe(401);
    expect(await last("session_ended")).toMatchObject({
      actor_id: member.userId,
      detail: { sessionId: other.id },
    });

    const signIns = (await member.client.get("/api/v1/me/sign-ins")).json() as {
      signIns: { outcome: string; userAgent: string | null }[];
    };
    expect(signIns.signIns[0]).toMatchObject({ outcome: "success", userAgent: "Phone Browser/2" });
    // The leader sees only their own.
    const theirs = (await leader.client.get("/api/v1/me/sign-ins")).json() as { signIns: unknown[] };
    expect(JSON.stringify(theirs)).not.toContain("Phone Browser/2");
  });
});
