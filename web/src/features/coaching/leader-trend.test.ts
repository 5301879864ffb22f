import { describe, expect, it } from "vitest";
import type { CoachedLeaderDetail } from "./coaching.api";
import { leaderTrend } from "./leader-trend";

const month = (month: string, conversationsHeld: number) => ({
  month,
  conversationsHeld,
  conversationsPerPerson: conversationsHeld / 2,
  questionsAsked: 0,
  openQuestions: 0,
  openQuestionShare: null,
  loopsStarted: 0,
  loopsClosed: 0,
  selfChecks: 0,
  checklistAverage: null,
  talkShares: 0,
  talkShareAverage: null,
  commitmentsDue: 0,
  commitmentsKept: 0,
  commitmentsKeptShare: null,
});

const nothingGranted: CoachedLeaderDetail = {
  leader: { id: "l1", name: "Ada" },
  grants: [],
  practice: null,
  audit: null,
  goals: null,
  alignment: null,
  manual: null,
  notes: [],
  assignments: [],
};

describe("a coached leader's trend", () => {
  it("says nothing when nothing is granted", () => {
    expect(leaderTrend(nothingGranted)).toEqual([]);
  });

  it("sets this month's conversations against last month's", () => {
    const practice = {
      timeZone: "UTC",
      peopleLed: 2,
      months: [month("2026-10", 1), month("2026-11", 4), month("2026-12", 3)],
      reliability: { due: 0, kept: 0, share: null },
    };
    expect(leaderTrend({ ...nothingGranted, grants: ["practice"], practice })).toEqual([
      "3 conversations held this month (down from last month's 4)",
    ]);
    const first = { ...practice, months: [month("2026-12", 1)] };
    expect(leaderTrend({ ...nothingGranted, practice: first })).toEqual(["1 conversation held this month"]);
  });

  it("names a goal's joined count against the week before, and leaves a withheld goal out", () => {
    const goals = {
      goals: [
        {
          goalId: "g1",
          title: "Ship on Thursdays",
          teamName: "Platform",
          weeks: [
            { weekStart: "2026-11-16", joined: 1, stated: 2 },
            { weekStart: "2026-11-23", joined: 3, stated: 3 },
          ],
          withheld: null,
        },
        { goalId: "g2", title: "Quiet", teamName: "Platform", weeks: [], withheld: "Too few stated." },
      ],
    };
    expect(leaderTrend({ ...nothingGranted, goals })).toEqual([
      "Ship on Thursdays: 3 joined (up from the week before's 1)",
    ]);
  });

  it("gives each team's agreement to two places, and none where it is withheld", () => {
    const alignment = {
      teams: [
        { teamId: "t1", teamName: "Platform", items: 4, raters: 3, concordance: 0.6667, withheld: null },
        { teamId: "t2", teamName: "Data", items: 2, raters: 1, concordance: null, withheld: "Too few." },
      ],
    };
    expect(leaderTrend({ ...nothingGranted, alignment })).toEqual(["Platform: agreement W 0.67"]);
  });
});
