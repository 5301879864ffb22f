import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Audit } from "#contracts/audit";
import type { Practice } from "#contracts/practice";
import { startTestApp, type TestApp } from "../../../test/harness";
import { isPdf, pdfText } from "../../../test/pdf-text";
import { buildWorld, SECRETS, type World } from "../../../test/world";
import { percent, score } from "./report.format";

describe("reports as PDF", () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  it("gives a team's leader its audit as a PDF attachment holding the figures the audit JSON gives", async () => {
    const audit = (await w.clients.leader.get(`/api/v1/teams/${w.ids.teamA}/audit`)).json() as Audit;
    const response = await w.clients.leader.get(`/api/v1/teams/${w.ids.teamA}/audit/report.pdf`);
    expect(response.statusCode).toBe(200);
    expect(isPdf(response)).toBe(true);
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="audit-team-a-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const text = await pdfText(response.rawPayload);
    expect(text).toContain("Team A: assumption audit");
    const { figures } = audit;
    expect(text).toContain(`Coverage ${percent(figures.coverage)}`);
    expect(text).toContain(`Confirmed ${percent(figures.confirmedShare)}`);
    expect(text).toContain(`Accuracy ${percent(figures.accuracy)}`);
    expect(text).toContain(`Calibration ${score(figures.calibration)}`);
    expect(text).toContain(`Beliefs ${figures.counts.beliefs}`);
    // The heatmap as a table: each person's name heads a column, each cell names its state.
    for (const person of audit.people) expect(text).toContain(person.name);
    expect(text).toContain(`Assumed ${figures.stateCounts.assumed}`);
    // A figure, never what anyone wrote: the leader's belief and the member's words stay out.
    expect(text).not.toContain(SECRETS.belief);
    expect(text).not.toContain(SECRETS.leaderAnswer);
  });

  it("answers 404 in JSON to anyone who may not see the team's audit, as the audit itself does", async () => {
    for (const client of [w.clients.member, w.clients.admin, w.clients.otherLeader]) {
      const response = await client.get(`/api/v1/teams/${w.ids.teamA}/audit/report.pdf`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
  });

  it("gives a leader their practice figures month by month, as GET /me/practice gives them", async () => {
    const practice = (await w.clients.leader.get("/api/v1/me/practice?months=12")).json() as Practice;
    const response = await w.clients.leader.get("/api/v1/me/practice/report.pdf?months=12");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(/filename="practice-\d{4}-\d{2}-\d{2}\.pdf"/);
    const text = await pdfText(response.rawPayload);
    expect(text).toContain("Practice figures: Lea Leader");
    expect(text).toContain(
      `${practice.reliability.kept} of ${practice.reliability.due} kept on time: ${percent(practice.reliability.share)}`,
    );
    // Every month's row of the conversations table: the month, the count held.
    const current = practice.months.at(-1);
    expect(current).toBeDefined();
    const name = new Date(`${current?.month}-01T00:00:00Z`).toLocaleDateString("en-GB", {
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    expect(text).toContain(`${name} ${current?.conversationsHeld}`);
    expect(text).toContain(`Talk share`);
    expect(text).not.toContain(SECRETS.privateNotes);
    expect(text).not.toContain(SECRETS.sharedNotes);
    expect((await w.clients.leader.get("/api/v1/me/practice/report.pdf?months=7")).statusCode).toBe(400);
  });

  it("gives a member their own manual with who sees each answer, and nobody else's words", async () => {
    const response = await w.clients.member.get("/api/v1/me/manual.pdf");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toBe('attachment; filename="working-with-me.pdf"');
    const text = await pdfText(response.rawPayload);
    expect(text).toContain(`${SECRETS.privateAnswer} Who sees it: Only me`);
    expect(text).toContain(`${SECRETS.leaderAnswer} Who sees it: My leaders`);
    expect(text).toContain(`${SECRETS.teamAnswer} Who sees it: My team`);
    expect(text).not.toContain(SECRETS.leaderManualTeam);

    const leaders = await pdfText((await w.clients.leader.get("/api/v1/me/manual.pdf")).rawPayload);
    expect(leaders).toContain(`${SECRETS.leaderManualPrivate} Who sees it: Only me`);
    for (const secret of [SECRETS.privateAnswer, SECRETS.leaderAnswer, SECRETS.teamAnswer, SECRETS.belief])
      expect(leaders).not.toContain(secret);
  });
});
