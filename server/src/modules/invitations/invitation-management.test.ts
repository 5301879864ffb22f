import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, otherWorkspace, setupWorkspace, signIn } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";
import { forgetLongExpiredInvitations } from "./invitation.service";

const DAY = 24 * 60 * 60 * 1000;

interface Issued {
  id: string;
  url: string;
  expiresAt: string;
  emailed: boolean;
}

describe("revoking and renewing invitations", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  async function invite(client: Client, teamId: string, email: string): Promise<Issued> {
    const response = await client.post(`/api/v1/teams/${teamId}/invitations`, { email, role: "member" });
    expect(response.statusCode).toBe(201);
    return response.json();
  }
  const tokenOf = (issued: { url: string }) => issued.url.split("/invitations/")[1] ?? "";
  const preview = (issued: { url: string }) =>
    new Client(t.app).get(`/api/v1/invitations/${tokenOf(issued)}`);
  const accept = (issued: { url: string }, name = "Nia Newcomer") =>
    new Client(t.app).post(`/api/v1/invitations/${tokenOf(issued)}/accept`, { name, password: PASSWORD });
  const listed = async (client: Client, teamId: string) =>
    (await client.get(`/api/v1/teams/${teamId}/invitations`)).json().invitations as {
      id: string;
      status: string;
      expiresAt: string;
    }[];

  it("revokes: the link answers 410 'withdrawn' on preview and accept, it leaves the list, and revoking again is harmless", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    const lea = await joinTeam(t, admin, teamId, "leader", "Lea Leader");
    const issued = await invite(lea.client, teamId, "nia@example.test");
    expect((await listed(lea.client, teamId)).map((i) => i.id)).toEqual([issued.id]);

    const revoked = await lea.client.delete(`/api/v1/invitations/${issued.id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toEqual({ ok: true });
    for (const response of [await preview(issued), await accept(issued)]) {
      expect(response.statusCode).toBe(410);
      expect(response.json().error.code).toBe("invitation_revoked");
      expect(response.json().error.message).toMatch(/withdrawn/);
    }
    expect(
      await t.ctx.db.selectFrom("users").select("id").where("email", "=", "nia@example.test").execute(),
    ).toEqual([]);
    expect(await listed(lea.client, teamId)).toEqual([]);
    expect((await admin.delete(`/api/v1/invitations/${issued.id}`)).statusCode).toBe(200);
    // A withdrawn invitation is not brought back by renewing: invite the address again.
    const renewed = await lea.client.post(`/api/v1/invitations/${issued.id}/renew`);
    expect(renewed.statusCode).toBe(409);
    expect(renewed.json().error.code).toBe("invitation_revoked");
  });

  it("refuses to revoke or renew an accepted invitation (409), and the person stays on the team", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    const issued = await invite(admin, teamId, "nia@example.test");
    expect((await accept(issued)).statusCode).toBe(200);
    for (const response of [
      await admin.delete(`/api/v1/invitations/${issued.id}`),
      await admin.post(`/api/v1/invitations/${issued.id}/renew`),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe("invitation_accepted");
      expect(response.json().error.message).toMatch(/remove them/);
    }
    const team = (await admin.get(`/api/v1/teams/${teamId}`)).json();
    expect(team.members.map((m: { name: string }) => m.name)).toEqual(["Nia Newcomer"]);
    expect((await preview(issued)).json().error.code).toBe("invitation_used");
  });

  it("lists an expired invitation as expired; renewing it gives a fresh link for 7 days, mailed again, and the old one answers 410 'replaced'", async () => {
    const { admin: first, adminEmail } = await setupWorkspace(t);
    const teamId = await createTeam(first, "Platform");
    const issued = await invite(first, teamId, "late@example.test");
    t.clock.advance(8 * DAY);
    const admin = await signIn(t, adminEmail); // the first session has timed out
    expect(await listed(admin, teamId)).toMatchObject([{ id: issued.id, status: "expired" }]);
    expect((await accept(issued)).json().error.code).toBe("invitation_expired");

    const response = await admin.post(`/api/v1/invitations/${issued.id}/renew`);
    expect(response.statusCode).toBe(200);
    const renewed = response.json() as Issued;
    expect(renewed.id).toBe(issued.id);
    expect(renewed.url).not.toBe(issued.url);
    expect(new Date(renewed.expiresAt).getTime() - t.clock.now().getTime()).toBe(7 * DAY);
    expect(renewed.emailed).toBe(true);
    expect(t.mail.at(-1)?.to).toBe("late@example.test");
    expect(t.mail.at(-1)?.text).toContain(renewed.url);
    expect(await listed(admin, teamId)).toMatchObject([{ id: issued.id, status: "pending" }]);

    for (const old of [await preview(issued), await accept(issued)]) {
      expect(old.statusCode).toBe(410);
      expect(old.json().error.code).toBe("invitation_replaced");
      expect(old.json().error.message).toMatch(/replaced by a newer one/);
    }
    expect((await preview(renewed)).json()).toMatchObject({
      teamName: "Platform",
      email: "late@example.test",
    });
    expect((await accept(renewed)).statusCode).toBe(200);
    // Once accepted through the new link, the old one says so too.
    expect((await preview(issued)).json().error.code).toBe("invitation_used");
  });

  it("renews a pending invitation more than once: every earlier link answers 'replaced', and revoking ends them all as 'withdrawn'", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    const first = await invite(admin, teamId, "nia@example.test");
    const second = (await admin.post(`/api/v1/invitations/${first.id}/renew`)).json() as Issued;
    const third = (await admin.post(`/api/v1/invitations/${first.id}/renew`)).json() as Issued;
    expect(new Set([first.url, second.url, third.url]).size).toBe(3);
    expect((await preview(first)).json().error.code).toBe("invitation_replaced");
    expect((await preview(second)).json().error.code).toBe("invitation_replaced");
    expect((await preview(third)).statusCode).toBe(200);
    expect((await admin.delete(`/api/v1/invitations/${first.id}`)).statusCode).toBe(200);
    for (const link of [first, second, third])
      expect((await preview(link)).json().error.code).toBe("invitation_revoked");
  });

  it("is only for those who may invite to the team: anyone else gets 404, as if the invitation did not exist", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    const otherTeam = await createTeam(admin, "Other");
    const member = await joinTeam(t, admin, teamId, "member");
    const otherLeader = await joinTeam(t, admin, otherTeam, "leader");
    const stranger = await otherWorkspace(t);
    const issued = await invite(admin, teamId, "nia@example.test");
    for (const client of [member.client, otherLeader.client, stranger.client]) {
      expect((await client.delete(`/api/v1/invitations/${issued.id}`)).statusCode).toBe(404);
      expect((await client.post(`/api/v1/invitations/${issued.id}/renew`)).statusCode).toBe(404);
    }
    expect((await member.client.get(`/api/v1/teams/${teamId}/invitations`)).statusCode).toBe(403);
    expect((await otherLeader.client.get(`/api/v1/teams/${teamId}/invitations`)).statusCode).toBe(404);
    expect((await new Client(t.app).delete(`/api/v1/invitations/${issued.id}`)).statusCode).toBe(401);
    expect((await preview(issued)).statusCode).toBe(200);
    const bad = await admin.delete("/api/v1/invitations/not-an-id");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe("invitation");
  });

  it("revokes with DELETE on the preview's own path: a link's token there is no id (400), an id no link (404), and the old POST is gone", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    const issued = await invite(admin, teamId, "nia@example.test");
    const byToken = await admin.delete(`/api/v1/invitations/${tokenOf(issued)}`);
    expect(byToken.statusCode).toBe(400);
    expect(byToken.json().error.details.fields[0]).toMatchObject({
      path: "invitation",
      message: "must be an id",
    });
    const byId = await new Client(t.app).get(`/api/v1/invitations/${issued.id}`);
    expect(byId.statusCode).toBe(404);
    expect((await preview(issued)).statusCode).toBe(200);
    expect((await admin.post(`/api/v1/invitations/${issued.id}/revoke`)).statusCode).toBe(404);
    expect((await admin.delete(`/api/v1/invitations/${issued.id}`)).statusCode).toBe(200);
    expect((await preview(issued)).json().error.code).toBe("invitation_revoked");

    // The document has the path once, and each operation says what its parameter is.
    const document = (await admin.get("/api/openapi.json")).json() as {
      paths: Record<
        string,
        Record<string, { parameters: { name: string; in: string; description?: string }[] }>
      >;
    };
    const both = document.paths["/api/v1/invitations/{invitation}"];
    expect(Object.keys(both ?? {}).sort()).toEqual(["delete", "get"]);
    const parameter = (method: string) => both?.[method]?.parameters.find((p) => p.in === "path");
    expect(parameter("get")).toMatchObject({
      name: "invitation",
      description: expect.stringContaining("token"),
    });
    expect(parameter("delete")).toMatchObject({
      name: "invitation",
      description: expect.stringContaining("id"),
    });
    expect(Object.keys(document.paths).filter((path) => path.endsWith("/revoke"))).not.toContain(
      "/api/v1/invitations/{invitationId}/revoke",
    );
  });

  it("forgets a revoked or renewed invitation with the other expired ones, and its links then answer 404 in words a person understands", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    const revoked = await invite(admin, teamId, "gone@example.test");
    await admin.delete(`/api/v1/invitations/${revoked.id}`);
    const renewedAway = await invite(admin, teamId, "again@example.test");
    await admin.post(`/api/v1/invitations/${renewedAway.id}/renew`);
    t.clock.advance(38 * DAY);
    await forgetLongExpiredInvitations(t.ctx);
    for (const link of [revoked, renewedAway]) {
      const response = await preview(link);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toMatch(/invitation link does not work/);
    }
    expect(await t.ctx.db.selectFrom("replaced_invitation_links").selectAll().execute()).toEqual([]);
  });
});
