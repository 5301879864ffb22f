import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIMENSIONS } from "../facets/facet";
import { leaderAudit, type TeamAuditInput, teamAudit } from "./audit";
import { auditFigures } from "./figures";
import { conversationPriority } from "./ranking";
import { DAY_MS, knowledgeState } from "./states";
import { NOW } from "./testing";
import {
  type AuditFigures,
  BELIEF_SOURCES,
  type CellObservation,
  COMPARISON_OUTCOMES,
  type ComparisonOutcome,
} from "./types";

const PEOPLE = ["ana", "ben", "cleo", "dev", "eli", "fay"];
const FACETS = ["focus", "channels", "recognition", "growth", "voice", "trust"];

const date = fc.integer({ min: -400 * DAY_MS, max: DAY_MS }).map((ms) => new Date(NOW.getTime() + ms));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const belief = fc.record({
  source: fc.constantFrom(...BELIEF_SOURCES),
  confidence: fc.integer({ min: 1, max: 5 }),
  recordedAt: date,
  afterAnswer: fc.boolean(),
});

const observation: fc.Arbitrary<CellObservation> = fc.record({
  personId: fc.constantFrom(...PEOPLE),
  facetId: fc.constantFrom(...FACETS),
  belief: maybe(belief),
  answerVisible: maybe(fc.record({ answeredAt: date, sealed: maybe(fc.boolean()) })),
  comparison: maybe(fc.record({ outcome: fc.constantFrom(...COMPARISON_OUTCOMES), comparedAt: date })),
  lastVerifiedAt: maybe(date),
});

const cellKey = (o: { personId: string; facetId: string }) => `${o.personId}/${o.facetId}`;

const input: fc.Arbitrary<TeamAuditInput> = fc.record({
  facets: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...FACETS),
      key: fc.constant("key"),
      dimension: fc.constantFrom(...DIMENSIONS),
      weight: fc.integer({ min: 1, max: 3 }),
      retired: fc.boolean(),
    }),
    { selector: (f) => f.id, maxLength: FACETS.length },
  ),
  members: fc.uniqueArray(
    fc.record({ personId: fc.constantFrom(...PEOPLE), lastConversationAt: maybe(date) }),
    {
      selector: (p) => p.personId,
      maxLength: PEOPLE.length,
    },
  ),
  observations: fc.uniqueArray(observation, { selector: cellKey, maxLength: 36 }),
  settings: fc.record({ now: fc.constant(NOW), freshnessDays: maybe(fc.integer({ min: 1, max: 400 })) }),
});

function expectUnitOrNull(figures: AuditFigures) {
  const shares = [
    figures.coverage,
    figures.confirmedShare,
    figures.assumptionLoad,
    figures.accuracy,
    figures.calibration,
    figures.meanConfidence,
  ];
  for (const share of shares) {
    if (share !== null) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
  }
  if (figures.accuracy === null) expect(figures.overconfident).toBe(false);
}

/** Deterministic Fisher–Yates shuffle (mulberry32), so a failing case replays from its seed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i];
    const b = copy[j];
    if (a === undefined || b === undefined) continue;
    copy[i] = b;
    copy[j] = a;
  }
  return copy;
}

/** Next conversations by a full sort of every candidate cell: the top-k must agree with it. */
function referenceRanking(data: TeamAuditInput, limit: number): string[] {
  const report = teamAudit(data, { limit: 0 });
  const observations = new Map(data.observations.map((o) => [cellKey(o), o]));
  const weights = new Map(data.facets.map((f) => [f.id, f.weight]));
  const since = new Map(
    data.members.map((p) => [
      p.personId,
      p.lastConversationAt ? NOW.getTime() - p.lastConversationAt.getTime() : Infinity,
    ]),
  );
  const keyed = report.states
    .map((s) => ({
      ...s,
      priority: conversationPriority(s.state, observations.get(cellKey(s))?.belief?.confidence),
      weight: weights.get(s.facetId) ?? 0,
      since: since.get(s.personId) ?? Infinity,
    }))
    .filter((s) => s.priority > 0);
  keyed.sort(
    (a, b) =>
      b.priority - a.priority ||
      b.weight - a.weight ||
      (a.since === b.since ? 0 : a.since > b.since ? -1 : 1) ||
      (a.personId === b.personId ? 0 : a.personId < b.personId ? -1 : 1) ||
      (a.facetId === b.facetId ? 0 : a.facetId < b.facetId ? -1 : 1),
  );
  return keyed.slice(0, limit).map(cellKey);
}

describe("audit properties", () => {
  it("keeps every figure in [0, 1] or null, for teams, leaders and raw cells", () => {
    fc.assert(
      fc.property(input, (data) => {
        const half = Math.ceil(data.members.length / 2);
        const teams = [
          { teamId: "a", members: data.members.slice(0, half + 1) },
          { teamId: "b", members: data.members.slice(half - 1) },
        ];
        const reports = [teamAudit(data), leaderAudit({ ...data, teams })];
        for (const report of reports) {
          for (const figures of [report.figures, ...Object.values(report.byDimension)])
            expectUnitOrNull(figures);
        }
        expectUnitOrNull(auditFigures(data.observations, data.settings));
      }),
    );
  });

  it("never raises verified share when an answer is withdrawn (unless an asked belief was contradicted)", () => {
    fc.assert(
      fc.property(input, fc.nat(), (data, pick) => {
        const members = new Set(data.members.map((m) => m.personId));
        const active = new Set(data.facets.filter((f) => !f.retired).map((f) => f.id));
        const inScope = data.observations.filter((o) => members.has(o.personId) && active.has(o.facetId));
        const target = inScope[pick % Math.max(1, inScope.length)];
        fc.pre(target !== undefined);
        if (target === undefined) return;
        const withdrawn = { ...target, answerVisible: undefined, comparison: undefined };
        const before = teamAudit(data);
        const after = teamAudit({
          ...data,
          observations: data.observations.map((o) => (o === target ? withdrawn : o)),
        });
        const wasAskedBlindSpot =
          knowledgeState(target, data.settings) === "blind_spot" && target.belief?.source === "asked";
        if (!wasAskedBlindSpot) {
          expect(after.figures.confirmedShare ?? 0).toBeLessThanOrEqual(before.figures.confirmedShare ?? 0);
          if (target.belief?.source !== "asked") {
            expect(["verified", "learned"]).not.toContain(knowledgeState(withdrawn, data.settings));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never counts an unknown cell, or a cell without a compared belief, as a blind spot", () => {
    fc.assert(
      fc.property(input, (data) => {
        const report = teamAudit(data);
        const observations = new Map(data.observations.map((o) => [cellKey(o), o]));
        const blind = report.states.filter((s) => s.state === "blind_spot");
        expect(report.blindSpots).toEqual(blind);
        expect(report.figures.counts.blindSpots).toBe(blind.length);
        for (const spot of report.blindSpots) {
          const o = observations.get(cellKey(spot));
          expect(o?.belief && o.answerVisible && o.comparison).toBeTruthy();
          expect(o?.answerVisible?.sealed).not.toBe(true);
        }
        for (const s of report.states.filter((s) => s.state === "unknown")) {
          const o = observations.get(cellKey(s));
          expect(o?.belief === undefined && o?.answerVisible === undefined).toBe(true);
        }
      }),
    );
  });

  it("reads a sealed answer as no answer at all, except that a cell without a belief is covered", () => {
    fc.assert(
      fc.property(input, (data) => {
        const unanswered = data.observations.map((o): CellObservation => {
          if (o.answerVisible?.sealed !== true) return o;
          const { answerVisible: _sealed, ...rest } = o;
          return rest;
        });
        for (const [i, o] of data.observations.entries()) {
          const without = unanswered[i];
          if (without === undefined) continue;
          const expected = knowledgeState(without, data.settings);
          const sealedAndUnbelieved = o.answerVisible?.sealed === true && o.belief === undefined;
          expect(knowledgeState(o, data.settings)).toBe(sealedAndUnbelieved ? "sealed" : expected);
        }
        const before = teamAudit(data);
        const after = teamAudit({ ...data, observations: unanswered });
        for (const [a, b] of [
          [before.figures, after.figures],
          ...DIMENSIONS.map((d) => [before.byDimension[d], after.byDimension[d]]),
        ] as [AuditFigures, AuditFigures][]) {
          expect(a.accuracy).toBe(b.accuracy);
          expect(a.calibration).toBe(b.calibration);
          expect(a.confirmedShare).toBe(b.confirmedShare);
          expect(a.assumptionLoad).toBe(b.assumptionLoad);
          expect(a.counts.compared).toBe(b.counts.compared);
          expect(a.stateCounts.unknown + a.stateCounts.sealed).toBe(b.stateCounts.unknown);
          expect(b.stateCounts.sealed).toBe(0);
        }
        const sealed = before.states.filter((s) => s.state === "sealed");
        expect(before.sealed).toEqual(sealed);
        expect(before.figures.stateCounts.sealed).toBe(sealed.length);
        const suggested = new Set(before.nextConversations.map(cellKey));
        for (const cell of sealed) expect(suggested.has(cellKey(cell))).toBe(false);
      }),
    );
  });

  it("ranks deterministically, independent of input order, and exactly as a full sort would", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 15 }), fc.integer(), (data, limit, seed) => {
        const report = teamAudit(data, { limit });
        const shuffled = teamAudit(
          {
            ...data,
            facets: shuffle(data.facets, seed),
            members: shuffle(data.members, seed + 1),
            observations: shuffle(data.observations, seed + 2),
          },
          { limit },
        );
        expect(shuffled.nextConversations).toEqual(report.nextConversations);
        expect(shuffled.figures).toEqual(report.figures);
        expect(shuffled.byDimension).toEqual(report.byDimension);
        expect(report.nextConversations.map(cellKey)).toEqual(referenceRanking(data, limit));
      }),
    );
  });

  it("never lets after_answer beliefs move accuracy or calibration", () => {
    const change = fc.record({
      confidence: fc.integer({ min: 1, max: 5 }),
      outcome: maybe(fc.constantFrom<ComparisonOutcome>(...COMPARISON_OUTCOMES)),
      personId: fc.constantFrom(...PEOPLE),
      facetId: fc.constantFrom(...FACETS),
    });
    fc.assert(
      fc.property(input, fc.array(change, { minLength: 1, maxLength: 10 }), (data, changes) => {
        const at = (i: number) => changes[i % changes.length] ?? changes[0];
        const rewritten = data.observations.map((o, i): CellObservation => {
          const c = at(i);
          if (o.belief === undefined || !o.belief.afterAnswer || c === undefined) return o;
          const comparison = c.outcome === undefined ? undefined : { outcome: c.outcome, comparedAt: NOW };
          return { ...o, belief: { ...o.belief, confidence: c.confidence }, comparison };
        });
        const taken = new Set(data.observations.map(cellKey));
        const added = changes
          .filter((c) => !taken.has(cellKey(c)))
          .map((c) => ({
            personId: c.personId,
            facetId: c.facetId,
            belief: {
              source: "assumed" as const,
              confidence: c.confidence,
              recordedAt: NOW,
              afterAnswer: true,
            },
            answerVisible: { answeredAt: NOW },
            comparison: { outcome: c.outcome ?? "miss", comparedAt: NOW },
          }));
        const unique = new Map([...rewritten, ...added].map((o) => [cellKey(o), o]));
        const before = teamAudit(data).figures;
        const after = teamAudit({ ...data, observations: [...unique.values()] }).figures;
        expect(after.accuracy).toBe(before.accuracy);
        expect(after.calibration).toBe(before.calibration);
        expect(after.meanConfidence).toBe(before.meanConfidence);
        expect(after.counts.compared).toBe(before.counts.compared);
      }),
    );
  });
});
