import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeApiClient } from "./api-client/generate";
import { PASSWORD, startTestApp, type TestApp } from "./harness";

/** The generated module's shape, as `npm run typecheck` generated it from the same routes. */
type ClientModule = typeof import("../../.tmp/api-client/rapport-api");

/**
 * The proof that the OpenAPI document is usable: a client generated from the document this very
 * app serves (so it cannot be stale), driven over real HTTP to the app listening on loopback, the
 * way a script would use it. Its methods are the document's operationIds.
 */
describe("a client generated from the OpenAPI document", () => {
  let t: TestApp;
  let baseUrl: string;
  let folder: string;
  let Api: ClientModule["Api"];
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    folder = mkdtempSync(join(tmpdir(), "rapport-api-client-"));
    const file = join(folder, "rapport-api.ts");
    await writeApiClient((await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json(), file);
    const generated: ClientModule = await import(pathToFileURL(file).href);
    Api = generated.Api;
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("creates a team, invites someone and reads the team's audit with an API token", async () => {
    const anonymous = new Api({ baseUrl });
    const setup = await anonymous.setup.setUpWorkspace({
      workspaceName: "Acme",
      name: "Ada Admin",
      email: "ada@example.test",
      password: PASSWORD,
    });
    expect(setup.status).toBe(201);
    // Tokens are made in a signed-in session, the one use of the cookie here.
    const session = setup.headers.getSetCookie().find((c) => c.startsWith("rapport_session="));
    const signedIn = new Api({
      baseUrl,
      baseApiParams: { headers: { cookie: session?.split(";")[0] ?? "" } },
    });
    const made = await signedIn.tokens.createToken({
      name: "team script",
      expiresInDays: 30,
      scopes: ["read", "write:teams", "write:invitations"],
    });
    expect(made.status).toBe(201);
    expect(made.data.token).toMatch(/^rapport_pat_/);

    // From here on only the token: the generated client sends it to operations that declare security.
    const api = new Api<string>({
      baseUrl,
      securityWorker: (token) => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    });
    api.setSecurityData(made.data.token);
    const team = await api.teams.createTeam({ name: "Platform" });
    expect(team.status).toBe(201);
    expect(team.data).toEqual({ id: expect.any(String), name: "Platform", myRole: "leader", memberCount: 1 });

    const invitation = await api.invitations.createInvitation(team.data.id, {
      email: "noor@example.test",
      role: "member",
    });
    expect(invitation.status).toBe(201);
    expect(invitation.data).toMatchObject({ email: "noor@example.test", role: "member" });
    // The invited person accepts from their own, signed-out client, which creates their account.
    const accepted = await anonymous.invitations.acceptInvitation(
      invitation.data.url.split("/invitations/")[1] ?? "",
      { name: "Noor Member", password: PASSWORD },
    );
    expect(accepted.data.teamId).toBe(team.data.id);

    const audit = await api.audit.getTeamAudit(team.data.id);
    expect(audit.status).toBe(200);
    expect(audit.data.scope).toEqual({ kind: "team", id: team.data.id, name: "Platform" });
    expect(audit.data.people).toEqual([{ id: accepted.data.userId, name: "Noor Member" }]);
    // Nothing is known about the newcomer yet: every one of their cells is unknown.
    expect(audit.data.figures.counts.people).toBe(1);
    expect(audit.data.figures.counts.cells).toBeGreaterThan(0);
    expect(audit.data.figures.stateCounts.unknown).toBe(audit.data.figures.counts.cells);

    const listed = await signedIn.tokens.listMyTokens();
    expect(listed.data.tokens).toEqual([
      expect.objectContaining({ id: made.data.id, lastUsedAt: expect.any(String), revokedAt: null }),
    ]);
  });
});
