import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Audit } from "#contracts/audit";
import type { CoachedLeaderDetail, CoachedLeaderList, MyCoaching } from "#contracts/coaching";
import type { FollowershipMap, MyFollowership } from "#contracts/followership";
import type { Adoption, Goal, GoalList } from "#contracts/goals";
import type { Home } from "#contracts/home";
import type { Practice } from "#contracts/practice";
import type { Alignment } from "#contracts/priorities";
import type { PulseResults, PulseTrend } from "#contracts/pulses";
import { KNOWLEDGE_STATES, STATE_CODES } from "#core/audit";
import { signIn } from "../../test/factories";
import { type Client, createTestDatabaseUrl } from "../../test/harness";
import { isPdf, pdfText } from "../../test/pdf-text";
import { buildApp } from "../app";
import { loadConfig } from "../config";
import { ManualClock } from "../lib/clock";
import { percent, score } from "../modules/reports";
import { DEMO_LEADER, DEMO_PASSWORD, loadDemo } from "./demo";
import { COACH_ASSIGNMENTS, COACH_GRANTS, COACH_NOTE, DEMO_COACH } from "./demo-coaching";
import { HELD } from "./demo-conversations";
import { PULSE_ROUNDS } from "./demo-pulses";

// The demo is loaded once, on a fixed today (Friday 20 November 2026, noon UTC), so that the
// practice figures below can be worked out by hand from demo-conversations.ts.
const NOW = new Date("2026-11-20T12:00:00Z");

describe("npm run demo", () => {
  const cleanups: (() => Promise<void>)[] = [];
  const lines: string[] = [];
  let app: FastifyInstance;
  let leader: Client;
  beforeAll(async () => {
    const database = await createTestDatabaseUrl();
    cleanups.push(database.drop);
    const config = loadConfig({
      DATABASE_URL: database.url,
      SESSION_SECRET: "demo-test-secret-demo-test-secret-1234",
      LOG_LEVEL: "silent",
    });
    await loadDemo(config, (l) => lines.push(l), { now: NOW });
    await expect(loadDemo(config, () => {})).rejects.toThrow(/already has a workspace/);
    app = (await buildApp({ config, clock: new ManualClock(NOW), logger: false, webDistDir: "/nonexistent" }))
      .app;
    cleanups.push(() => app.close());
    leader = await signIn({ app }, DEMO_LEADER, DEMO_PASSWORD);
  }, 180_000);
  afterAll(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("fills a fresh database so that every knowledge state and every figure shows something, and most of each heatmap is known", async () => {
    expect(lines.at(-1)).toContain(DEMO_LEADER);
    const audit = (await leader.get("/api/v1/me/audit")).json();
    expect(audit.people).toHaveLength(12);
    for (const state of KNOWLEDGE_STATES) expect(audit.figures.stateCounts[state], state).toBeGreaterThan(0);
    for (const figure of [
      "coverage",
      "confirmedShare",
      "assumptionLoad",
      "accuracy",
      "calibration",
      "meanConfidence",
    ]) {
      expect(audit.figures[figure], figure).toBeGreaterThan(0);
    }
    expect(audit.nextConversations.length).toBeGreaterThan(0);

    // A few answers wait for a guess: on the person page, that they answered and when, not what.
    expect(audit.sealed.length).toBeGreaterThanOrEqual(3);
    expect(audit.sealed.length).toBe(audit.figures.stateCounts.sealed);
    for (const cell of audit.sealed as { personId: string; facetId: string }[]) {
      const page = (await leader.get(`/api/v1/people/${cell.personId}`)).json();
      const entry = page.facets.find((f: { facet: { id: string } }) => f.facet.id === cell.facetId);
      expect(entry.state).toBe("sealed");
      expect(entry.sealedAnswer.answeredAt).toEqual(expect.any(String));
      expect(entry.answer).toBeUndefined();
    }

    // Each team's heatmap (its people × its facets, a letter per cell in `stateRows`) is mostly known.
    const teamIds = ((await leader.get("/api/v1/teams")).json().teams as { id: string }[]).map((t) => t.id);
    for (const teamId of teamIds) {
      const heatmap = (await leader.get(`/api/v1/teams/${teamId}/audit`)).json() as {
        people: unknown[];
        facets: unknown[];
        stateRows: string[];
      };
      const cells = heatmap.people.length * heatmap.facets.length;
      const letters = heatmap.stateRows.join("");
      expect(letters).toHaveLength(cells);
      const known = letters.length - (letters.split(STATE_CODES.unknown).length - 1);
      expect(cells).toBeGreaterThan(100);
      expect(known / cells, teamId).toBeGreaterThanOrEqual(0.6);
    }

    // Two question lists of the leader's own, each with questions in it.
    const lists = (await leader.get("/api/v1/question-lists")).json().lists as { itemCount: number }[];
    expect(lists).toHaveLength(2);
    for (const list of lists) expect(list.itemCount).toBeGreaterThan(5);

    // The leader's manual is written: the leader reads six of their answers shared with each team.
    const teams = (await leader.get("/api/v1/teams")).json().teams as { id: string }[];
    expect(teams).toHaveLength(2);
    for (const team of teams) {
      const manual = (await leader.get(`/api/v1/teams/${team.id}/leader-manual`)).json();
      const lena = manual.leaders.find((l: { name: string }) => l.name === "Lena Leader");
      const shared = lena.answers.filter((a: { visibility: string }) => a.visibility === "team");
      expect(shared).toHaveLength(6);
    }
  });

  it("gives the demo leader practice figures that match a hand computation on the demo's data", async () => {
    const practice = (await leader.get("/api/v1/me/practice")).json() as Practice;
    expect(practice.timeZone).toBe("UTC");
    expect(practice.peopleLed).toBe(12);
    const month = (name: string) => practice.months.find((m) => m.month === name);
    expect(practice.months.map((m) => m.month)).toEqual([
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    // Worked out from demo-conversations.ts by hand. Open questions are the five in OPEN; CLOSED
    // holds a closed one twice over ("Is the project going well?", "Did the release go well?"), a
    // why and a leading one. A self-check scores its answered items' good answers ÷ answered (no
    // to interrupting, to unasked advice and to turning to oneself; yes to the others).
    //
    // June: Amara (4th) and Ben (6th), 2 held ÷ 12 led. Asked: easier ✓, going ✗ | release ✗,
    // why ✗: 1 open of 4. Amara's loop signalled 4 June, closed 3 days later. Checks: Amara
    // interrupted yes ✗, paraphrased no ✗, more open no ✗, advice yes ✗ = 0/4; Ben interrupted
    // yes ✗, paraphrased yes ✓, feeling no ✗, silences no ✗ = 1/4; mean (0 + 0.25)/2 = 0.125.
    // Talk (72 + 68)/2 = 70. The incident write-up, due 11 June and done on the 10th: 1 of 1 kept.
    expect(month("2026-06")).toEqual({
      month: "2026-06",
      conversationsHeld: 2,
      conversationsPerPerson: 2 / 12,
      questionsAsked: 4,
      openQuestions: 1,
      openQuestionShare: 0.25,
      loopsStarted: 1,
      loopsClosed: 1,
      selfChecks: 2,
      checklistAverage: 0.125,
      talkShares: 2,
      talkShareAverage: 70,
      commitmentsDue: 1,
      commitmentsKept: 1,
      commitmentsKeptShare: 1,
    });
    // July: Amara (4th), Chen (8th), Dana (12th): 3 ÷ 12. Asked: feedback ✓, stuck ✓ | going ✗,
    // in the way ✓ | project ✓: 4 of 5. Dana's loop signalled 12 July (closed 22 days later, in
    // August). Checks: Amara 5 good of 8 (a feeling no, advice yes, raised topics no) = 0.625;
    // Chen 2/2 = 1; Dana none; mean 0.8125. Talk (60 + 55)/2 = 57.5. The training budget, due
    // 15 July, done on the 18th: due, not kept.
    expect(month("2026-07")).toEqual({
      month: "2026-07",
      conversationsHeld: 3,
      conversationsPerPerson: 3 / 12,
      questionsAsked: 5,
      openQuestions: 4,
      openQuestionShare: 0.8,
      loopsStarted: 1,
      loopsClosed: 0,
      selfChecks: 2,
      checklistAverage: 0.8125,
      talkShares: 2,
      talkShareAverage: 57.5,
      commitmentsDue: 1,
      commitmentsKept: 0,
      commitmentsKeptShare: 0,
    });
    // August: Ben (4th, his talking point is a topic, not a question), Elif (6th), Femi (10th).
    // Asked: easier ✓, "went well, right?" ✗ | stuck ✓ | release ✗, feedback ✓: 3 of 5. Dana's
    // loop closed 3 August. Checks: Ben 4/4, Elif 3/3, Femi interrupted ✗ silences ✓ = 1/2;
    // mean 2.5/3. Talk (45 + 40 + 50)/3 = 45. The design lead introduction, due 20 August, was
    // dropped on the 9th, before its day: not due. Ben's handover is his, not the leader's.
    expect(month("2026-08")).toEqual({
      month: "2026-08",
      conversationsHeld: 3,
      conversationsPerPerson: 3 / 12,
      questionsAsked: 5,
      openQuestions: 3,
      openQuestionShare: 0.6,
      loopsStarted: 0,
      loopsClosed: 1,
      selfChecks: 3,
      checklistAverage: 2.5 / 3,
      talkShares: 3,
      talkShareAverage: 45,
      commitmentsDue: 0,
      commitmentsKept: 0,
      commitmentsKeptShare: null,
    });
    // September: Amara (4th), Greta (6th), Hugo (8th), Ines (10th): 4 ÷ 12. Asked: in the way ✓,
    // project ✓ | easier ✓ | feedback ✓, going ✗ | stuck ✓, why ✗: 5 of 7. Amara's loop
    // signalled the 4th, closed the 8th. Checks: Amara 4/4, Greta 2/2, Hugo paraphrased no ✗,
    // advice no ✓ = 1/2; Ines none; mean 2.5/3. Talk (35 + 42 + 58)/3 = 45. Due: the
    // reorganisation timeline (13 September, dropped on the 15th, after its day: not kept) and
    // the conference ticket (due and done on the 15th: kept).
    expect(month("2026-09")).toEqual({
      month: "2026-09",
      conversationsHeld: 4,
      conversationsPerPerson: 4 / 12,
      questionsAsked: 7,
      openQuestions: 5,
      openQuestionShare: 5 / 7,
      loopsStarted: 1,
      loopsClosed: 1,
      selfChecks: 3,
      checklistAverage: 2.5 / 3,
      talkShares: 3,
      talkShareAverage: 45,
      commitmentsDue: 2,
      commitmentsKept: 1,
      commitmentsKeptShare: 0.5,
    });
    // October: Ben (4th), Chen (6th), Jonas (8th), Kiri (12th), Lucía (14th): 5 ÷ 12. Asked:
    // project ✓, stuck ✓ | easier ✓ | feedback ✓ | release ✗ | in the way ✓: 5 of 6. Chen's
    // loop, signalled the 6th, never closed. Checks: Ben 8/8, Chen interrupted = 0/1, Lucía 2/2;
    // mean 2/3. Talk (30 + 66 + 48)/3 = 48. Due: the promotion case (due the 13th, done the
    // 10th: kept) and the mentor (due the 22nd, still open on 20 November: not kept). Lucía's
    // pricing proposal is hers.
    expect(month("2026-10")).toEqual({
      month: "2026-10",
      conversationsHeld: 5,
      conversationsPerPerson: 5 / 12,
      questionsAsked: 6,
      openQuestions: 5,
      openQuestionShare: 5 / 6,
      loopsStarted: 1,
      loopsClosed: 0,
      selfChecks: 3,
      checklistAverage: 2 / 3,
      talkShares: 3,
      talkShareAverage: 48,
      commitmentsDue: 2,
      commitmentsKept: 1,
      commitmentsKeptShare: 0.5,
    });
    // November: Amara (17th) and Dana (19th); the cancelled one with Greta and the two planned
    // do not count. Asked: easier ✓, feedback ✓ (going was not asked) | stuck ✓: 3 of 3.
    // Amara's loop signalled the 17th, open. Check: Amara 4/4. Talk 52. The notes from that
    // conversation are due 27 November: not due yet.
    expect(month("2026-11")).toEqual({
      month: "2026-11",
      conversationsHeld: 2,
      conversationsPerPerson: 2 / 12,
      questionsAsked: 3,
      openQuestions: 3,
      openQuestionShare: 1,
      loopsStarted: 1,
      loopsClosed: 0,
      selfChecks: 1,
      checklistAverage: 1,
      talkShares: 1,
      talkShareAverage: 52,
      commitmentsDue: 0,
      commitmentsKept: 0,
      commitmentsKeptShare: null,
    });
    // Overall: the leader's own commitments due are those of June (1), July (1), September (2)
    // and October (2); kept: the write-up, the ticket, the promotion case. 3 ÷ 6.
    expect(practice.reliability).toEqual({ due: 6, kept: 3, share: 0.5 });
    // Talk shares in each colour band: fine up to 50, amber up to 65, red above.
    const shares = HELD.flatMap((c) => (c.check?.talkShare ? [c.check.talkShare] : []));
    expect(
      shares.some((s) => s <= 50) && shares.some((s) => s > 50 && s <= 65) && shares.some((s) => s > 65),
    ).toBe(true);
  });

  it("shows the conversations' signals and the overdue commitments on both homes", async () => {
    const home = (await leader.get("/api/v1/me/home")).json() as Home;
    // Kiri's mentor (due 22 October) and Lucía's pricing proposal (due 17 October), both open.
    expect(home.leading?.overdueCommitments.map((c) => c.text).sort()).toEqual([
      "Draft the pricing proposal",
      "Find you a mentor in the data team",
    ]);
    // Chen's loop of 6 October, open for more than 14 days; Amara's of the 17th is not yet.
    expect(home.leading?.openLoops).toHaveLength(1);
    expect(home.leading?.upcomingConversations).toHaveLength(2);
    expect(home.leading?.overduePeople.length).toBeGreaterThan(0);
    const lucia = await signIn({ app }, "lucia@demo.rapport.test", DEMO_PASSWORD);
    const hers = (await lucia.get("/api/v1/me/home")).json() as Home;
    expect(hers.member?.overdueCommitments.map((c) => c.text)).toEqual(["Draft the pricing proposal"]);
    const amara = await signIn({ app }, "amara@demo.rapport.test", DEMO_PASSWORD);
    const amaras = (await amara.get("/api/v1/me/home")).json() as Home;
    expect(amaras.member?.upcomingConversations).toHaveLength(1);
    expect(amaras.member?.answerRequests).toHaveLength(1);
    // Commitments of every kind: kept, late, dropped, open and overdue.
    const all = (await leader.get("/api/v1/commitments")).json().commitments as {
      status: string;
      overdue: boolean;
      dueOn: string;
      closedOn: string | null;
    }[];
    expect(all.some((c) => c.status === "done" && (c.closedOn ?? "") <= c.dueOn)).toBe(true);
    expect(all.some((c) => c.status === "done" && (c.closedOn ?? "") > c.dueOn)).toBe(true);
    expect(all.some((c) => c.status === "dropped")).toBe(true);
    expect(all.some((c) => c.status === "open" && !c.overdue)).toBe(true);
    expect(all.some((c) => c.overdue)).toBe(true);
  });

  it("gives Platform three closed trust pulse rounds, rising as demo-pulses.ts says, and one open", async () => {
    const platform = (
      (await leader.get("/api/v1/teams")).json().teams as { id: string; name: string }[]
    ).find((team) => team.name === "Platform");
    const trend = (await leader.get(`/api/v1/teams/${platform?.id}/pulses`)).json() as PulseTrend;
    expect(trend.rounds.map((round) => round.status)).toEqual(["open", "closed", "closed", "closed"]);
    expect(trend.rounds[0]).toMatchObject({ figures: null, closesOn: "2026-12-01" });
    // The same six answer each round, one step below, at and above the round's level in turn
    // (demoPulseAnswers), so credibility, reliability, intimacy and safety are the level L,
    // self-orientation 8 − L, and T = 3L / (8 − L): 3, 5 and 9, so the index is
    // 100 × ln(7T / 3) / ln 49: 50, 100 × ln(35/3) / ln 49 and 100 × ln 21 / ln 49.
    const closed = trend.rounds.slice(1).reverse();
    expect(closed.map((round) => round.openedOn)).toEqual(["2026-07-13", "2026-09-01", "2026-10-21"]);
    expect(closed.map((round) => round.respondents)).toEqual([6, 6, 6]);
    const figure = (
      round: (typeof closed)[number],
      key: "credibility" | "selfOrientation" | "psychologicalSafety" | "trustIndex",
    ) => {
      const value = round.figures?.[key];
      return value && "value" in value ? value.value : null;
    };
    expect(closed.map((round) => figure(round, "credibility"))).toEqual([4, 5, 6]);
    expect(closed.map((round) => figure(round, "selfOrientation"))).toEqual([4, 3, 2]);
    expect(closed.map((round) => figure(round, "psychologicalSafety"))).toEqual([4, 5, 6]);
    const index = closed.map((round) => figure(round, "trustIndex") ?? 0);
    expect(index[0]).toBeCloseTo(50, 2);
    expect(index[1]).toBeCloseTo((100 * Math.log(35 / 3)) / Math.log(49), 2);
    expect(index[2]).toBeCloseTo((100 * Math.log(21)) / Math.log(49), 2);

    const latest = (await leader.get(`/api/v1/pulses/${closed[2]?.id}/results`)).json() as PulseResults;
    expect(latest.comments.shown && [...latest.comments.items].sort()).toEqual(
      PULSE_ROUNDS[2]?.comments.filter((comment) => comment !== null).sort(),
    );
    // Two of the seven have answered the open round; it shows on the others' homes only.
    const homeOf = async (email: string) =>
      ((await (await signIn({ app }, email, DEMO_PASSWORD)).get("/api/v1/me/home")).json() as Home).member;
    expect(JSON.stringify(await homeOf("amara@demo.rapport.test"))).toContain(trend.rounds[0]?.id);
    expect(JSON.stringify(await homeOf("ben@demo.rapport.test"))).not.toContain(trend.rounds[0]?.id);
  });

  it("rates Platform's work so every quadrant, the ranking, what is worth a conversation and the alignment figures show", async () => {
    const teams = (await leader.get("/api/v1/teams")).json().teams as { id: string; name: string }[];
    const platform = teams.find((team) => team.name === "Platform")?.id;
    const a = (await leader.get(`/api/v1/teams/${platform}/alignment`)).json() as Alignment;
    const titleOf = (id: string) => a.items.find((i) => i.id === id)?.title;
    expect(a.items.map((i) => i.quadrant)).toEqual([
      "quick_win",
      "big_bet",
      "fill_in",
      "money_pit",
      "quick_win",
      "big_bet",
    ]);
    // Ben's private rating of the Rust rewrite counts nowhere; Greta rated only the first three.
    expect(a.items.map((i) => i.raters)).toEqual([8, 8, 8, 6, 7, 7]);
    // Value for effort: 4.5 / 1.625, 27/7 / 17/7, 1.875 / 1.375, 4.125 / 4.375, 25/7 / 30/7, 2 / 28/6.
    expect(a.ranked.map(titleOf)).toEqual([
      "Automate the release checklist",
      "Write the on-call handbook",
      "Rename the internal dashboards",
      "Move to the new CI runners",
      "Self-service test environments",
      "Rewrite the billing service in Rust",
    ]);
    // Spread: test environments' value 1.50, the handbook's effort 1.40, the rewrite's value 1.
    expect(a.worthAConversation.map(titleOf)).toEqual([
      "Self-service test environments",
      "Write the on-call handbook",
      "Rewrite the billing service in Rust",
    ]);
    expect(a.members).toHaveLength(7);
    expect(a.members?.every((m) => m.tau !== null)).toBe(true);
    expect(a.team).toMatchObject({ raters: 5, w: expect.any(Number) });
    // A member sees the figures too: enough raters, and most ratings shared with leaders only.
    const chen = await signIn({ app }, "chen@demo.rapport.test", DEMO_PASSWORD);
    const asChen = (await chen.get(`/api/v1/teams/${platform}/alignment`)).json() as Alignment;
    expect(asChen.items.every((i) => i.withheld === null && i.quadrant !== null)).toBe(true);
    expect(asChen.me?.tau).toEqual(expect.any(Number));
    expect(asChen.team).toMatchObject({ raters: 5, w: expect.any(Number) });
  });

  it("draws Platform's followership map with arrows from estimate to self-view, one blind spot among them", async () => {
    const teams = (await leader.get("/api/v1/teams")).json().teams as { id: string; name: string }[];
    const platform = teams.find((team) => team.name === "Platform")?.id;
    const map = (await leader.get(`/api/v1/teams/${platform}/followership-map`)).json() as FollowershipMap;
    const byName = new Map(map.people.map((p) => [p.person.name.split(" ")[0], p]));
    // Arrows where both show: Amara (written first), Ben (while sealed), Chen, Dana (after looking), Femi.
    expect(map.people.filter((p) => p.gap !== null).map((p) => p.person.name.split(" ")[0])).toEqual([
      "Amara",
      "Ben",
      "Chen",
      "Dana",
      "Femi",
    ]);
    expect(byName.get("Amara")).toMatchObject({
      estimate: { it: 45, ae: 25, style: "pragmatist", leaning: "alienated", afterResult: false },
      self: { it: 50, ae: 46, style: "exemplary" },
      gap: 21.6,
    });
    expect(byName.get("Ben")?.estimate?.afterResult).toBe(false);
    expect(byName.get("Dana")?.estimate?.afterResult).toBe(true);
    expect(byName.get("Elif")).toMatchObject({ self: null, selfSealed: false, estimate: { it: 38, ae: 50 } });
    // Greta's result is private: no self-view, and not even sealed.
    expect(byName.get("Greta")).toMatchObject({ self: null, selfSealed: false, gap: null });
    const amara = await signIn({ app }, "amara@demo.rapport.test", DEMO_PASSWORD);
    const hers = (await amara.get("/api/v1/me/assessments/followership")).json() as MyFollowership;
    expect(hers.history.map((h) => h.style)).toEqual(["exemplary", "pragmatist"]);
    // The gap written first is a blind spot in Platform's audit.
    const audit = (await leader.get(`/api/v1/teams/${platform}/audit`)).json() as {
      facets: { id: string; key: string }[];
      blindSpots: { personId: string; facetId: string }[];
    };
    const facetId = audit.facets.find((f) => f.key === "followership-style")?.id;
    expect(audit.blindSpots).toContainEqual(
      expect.objectContaining({ personId: byName.get("Amara")?.person.id, facetId }),
    );
  });
  it("gives Platform two goals: a crowd formed on one, with first followers, a thanks, a gap and two questions", async () => {
    const teams = (await leader.get("/api/v1/teams")).json().teams as { id: string; name: string }[];
    const platform = teams.find((team) => team.name === "Platform")?.id;
    const list = (await leader.get(`/api/v1/teams/${platform}/goals`)).json() as GoalList;
    expect(list.goals.map((g) => g.title)).toEqual([
      "Write decisions down where the team can find them",
      "Every change reviewed within a day",
    ]);
    const [decisions, reviews] = list.goals.map((g) => g.id);
    const goal = (await leader.get(`/api/v1/goals/${reviews}`)).json() as Goal;
    // Amara, Ben (both named), Chen (the third: someone), then Elif (someone, not among the first three).
    expect(goal.followers.map((f) => [f.person?.name ?? "someone", f.first, f.thanked !== null])).toEqual([
      ["Amara Okafor", true, true],
      ["Ben Larsen", true, false],
      ["someone", true, false],
      ["someone", false, false],
    ]);
    const first = (name: string) => goal.people?.find((p) => p.person.name.startsWith(name));
    expect(first("Dana")).toMatchObject({
      stated: { stance: "curious" },
      perceived: { stance: "committed", afterStated: false },
      gap: { distance: 2, kind: "gap" },
    });
    expect(first("Amara")?.gap).toEqual({ distance: 1, kind: "close" });
    expect(first("Chen")?.stated).toEqual({ sealed: true, statedAt: expect.any(String) });
    expect(first("Greta")?.stated).toBeNull();
    expect(goal.people?.filter((p) => p.gap?.kind === "gap")).toHaveLength(1);
    expect(goal.questions.map((q) => [q.lint.open, q.answer !== null])).toEqual([
      [false, true],
      [true, false],
    ]);

    const curve = (await leader.get(`/api/v1/goals/${reviews}/adoption`)).json() as Adoption;
    // The third to join was Chen, 17 days before the demo's today.
    expect(curve.crowdAt).toBe("2026-11-03T10:00:00.000Z");
    expect(curve.weeks.length).toBeGreaterThanOrEqual(6);
    expect(curve.weeks.at(-1)?.counts).toEqual({
      unaware: 0,
      aware: 1,
      curious: 1,
      supportive: 2,
      committed: 1,
      champion: 1,
    });
    expect(curve.perceived?.weeks.at(-1)?.counts.committed).toBe(2);

    // The team sees the first goal's curve (six shared stances); the week-old one is withheld (two).
    const amara = await signIn({ app }, "amara@demo.rapport.test", DEMO_PASSWORD);
    expect(
      ((await amara.get(`/api/v1/goals/${reviews}/adoption`)).json() as Adoption).withheld,
    ).toBeUndefined();
    expect(
      ((await amara.get(`/api/v1/goals/${decisions}/adoption`)).json() as Adoption).withheld?.reason,
    ).toBe("too_few");
  });

  it("prints each team's audit as a PDF that holds its coverage, accuracy and calibration as the audit gives them", async () => {
    const teams = (await leader.get("/api/v1/teams")).json().teams as { id: string; name: string }[];
    expect(teams).toHaveLength(2);
    for (const team of teams) {
      const audit = (await leader.get(`/api/v1/teams/${team.id}/audit`)).json() as Audit;
      const response = await leader.get(`/api/v1/teams/${team.id}/audit/report.pdf`);
      expect(response.statusCode).toBe(200);
      expect(isPdf(response)).toBe(true);
      const text = await pdfText(response.rawPayload);
      const { figures } = audit;
      // The demo fills every figure, so none reads as a dash.
      for (const value of [figures.coverage, figures.accuracy, figures.calibration])
        expect(value).not.toBeNull();
      expect(text).toContain(`${team.name}: assumption audit`);
      expect(text).toContain(`Coverage ${percent(figures.coverage)}`);
      expect(text).toContain(`Accuracy ${percent(figures.accuracy)}`);
      expect(text).toContain(`Calibration ${score(figures.calibration)}`);
      for (const person of audit.people) expect(text).toContain(person.name);
    }
  });

  it("gives the leader a coach who sees the granted figures, never the manual, with a note and two assignments the leader sees too", async () => {
    const coach = await signIn({ app }, DEMO_COACH, DEMO_PASSWORD);
    const { leaders } = (await coach.get("/api/v1/coaching/leaders")).json() as CoachedLeaderList;
    expect(leaders).toEqual([
      expect.objectContaining({ name: "Lena Leader", grants: [...COACH_GRANTS].sort(), openAssignments: 2 }),
    ]);
    const [lena] = leaders;
    const detail = (await coach.get(`/api/v1/coaching/leaders/${lena?.id}`)).json() as CoachedLeaderDetail;
    expect(detail.practice?.months.length).toBeGreaterThan(0);
    expect(detail.audit?.teams.map((t) => t.teamName).sort()).toEqual(["Growth", "Platform"]);
    expect(detail.goals?.goals.length).toBeGreaterThan(0);
    expect(detail.alignment?.teams.length).toBe(2);
    expect(detail.manual).toBeNull();
    expect(detail.notes.map((n) => n.body)).toEqual([COACH_NOTE]);
    const measured = detail.assignments.find((a) => a.measure === "open_questions_asked");
    expect(measured).toMatchObject({ target: 6, done: false, overdue: false });
    expect(measured?.progress).toEqual(expect.any(Number));
    const mine = (await leader.get("/api/v1/me/coaching")).json() as MyCoaching;
    expect(mine.notes.map((n) => n.coachName)).toEqual(["Cora Coach"]);
    expect(mine.assignments.map((a) => a.title).sort()).toEqual(COACH_ASSIGNMENTS.map((a) => a.title).sort());
    expect(lines.some((line) => line.includes(DEMO_COACH))).toBe(true);
  });
});
