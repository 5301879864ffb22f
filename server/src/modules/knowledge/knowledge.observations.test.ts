import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_FACETS } from "#core/facets/catalogue";
import { VISIBILITIES } from "#core/privacy/visibility";
import type { BeliefRow, ComparisonTable } from "../../db/schema";
import { definitionRow } from "../facets/facet.repository";
import { buildCells, observationsFrom, toObservation } from "./knowledge";
import type { KnowledgeRows, LeaderAnswerRow, ObservationRow } from "./knowledge.repository";

const NOW = "2026-11-02T09:00:00.000Z";
/** One facet of each kind, so structured agreement (choice, choices, scale) and text are all met. */
const FACETS = (["single_choice", "multiple_choice", "scale", "text"] as const).map((kind, index) => {
  const definition = DEFAULT_FACETS.find((facet) => facet.kind === kind);
  if (!definition) throw new Error(`No shipped facet of kind ${kind}`);
  return { ...definitionRow("w", definition, index + 1, NOW), id: `f-${kind}` };
});
const PEOPLE = ["p1", "p2", "p3"];

const date = fc.constantFrom(
  "2026-01-05T10:00:00.000Z",
  "2026-06-01T08:30:00.000Z",
  "2026-10-30T17:45:00.000Z",
);

/** A value for the facet: a valid one often (so agreements get computed), sometimes one that is not. */
function valueFor(facet: (typeof FACETS)[number]) {
  const ids = (facet.options ?? []).map((option) => option.id);
  const valid =
    facet.kind === "single_choice"
      ? fc.constantFrom(...ids)
      : facet.kind === "multiple_choice"
        ? fc.subarray(ids, { minLength: 1 })
        : facet.kind === "scale"
          ? fc.integer({ min: 1, max: 5 })
          : fc.string({ minLength: 1, maxLength: 8 });
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: fc.constant("not an option"), weight: 1 });
}

interface CellDraft {
  belief: {
    value: unknown;
    source: BeliefRow["source"];
    confidence: number;
    afterAnswer: boolean;
    at: string;
  } | null;
  comparison: { outcome: ComparisonTable["outcome"]; at: string } | null;
  answer: {
    value: unknown;
    visibility: (typeof VISIBILITIES)[number];
    lookedAt: string | null;
    at: string;
  } | null;
}

const cellDraft = (facet: (typeof FACETS)[number]): fc.Arbitrary<CellDraft> =>
  fc.record({
    belief: fc.option(
      fc.record({
        value: valueFor(facet),
        source: fc.constantFrom("assumed", "inferred", "heard", "observed", "asked"),
        confidence: fc.integer({ min: 1, max: 5 }),
        afterAnswer: fc.boolean(),
        at: date,
      }),
    ),
    comparison: fc.option(fc.record({ outcome: fc.constantFrom("match", "partial", "miss"), at: date })),
    answer: fc.option(
      fc.record({
        value: valueFor(facet),
        visibility: fc.constantFrom(...VISIBILITIES),
        lookedAt: fc.option(date),
        at: date,
      }),
    ),
  });

/** Every (person, facet) of PEOPLE × FACETS, each drawn on its own. */
const knowledge = fc.tuple(...PEOPLE.flatMap(() => FACETS.map(cellDraft)));

/** The drafts as loadKnowledge returns them, and as loadObservationRows returns them. */
function rowsOf(drafts: CellDraft[]): { full: KnowledgeRows; lean: ObservationRow[] } {
  const full: KnowledgeRows = { beliefs: [], answers: [], comparisons: [] };
  const lean: ObservationRow[] = [];
  drafts.forEach((draft, index) => {
    const personId = PEOPLE[Math.floor(index / FACETS.length)] ?? "";
    const facetId = FACETS[index % FACETS.length]?.id ?? "";
    const { belief, comparison, answer } = draft;
    if (belief) {
      full.beliefs.push({
        id: `b${index}`,
        leader_id: "leader",
        person_id: personId,
        facet_id: facetId,
        value: belief.value as BeliefRow["value"],
        source: belief.source,
        confidence: belief.confidence,
        after_answer: belief.afterAnswer ? 1 : 0,
        recorded_at: belief.at,
      });
      // A comparison is read only with its belief (the query joins it to one).
      if (comparison) {
        full.comparisons.push({
          id: `c${index}`,
          leader_id: "leader",
          person_id: personId,
          facet_id: facetId,
          outcome: comparison.outcome,
          reason: null,
          compared_at: comparison.at,
        });
      }
      lean.push({
        kind: "belief",
        person_id: personId,
        facet_id: facetId,
        value: JSON.stringify(belief.value),
        at: belief.at,
        source: belief.source,
        confidence: belief.confidence,
        after_answer: belief.afterAnswer ? 1 : 0,
        visibility: null,
        looked_at: null,
        c_outcome: comparison?.outcome ?? null,
        c_compared_at: comparison?.at ?? null,
      });
    }
    if (answer) {
      const row: LeaderAnswerRow = {
        id: `a${index}`,
        user_id: personId,
        facet_id: facetId,
        value: answer.value as LeaderAnswerRow["value"],
        visibility: answer.visibility,
        revision: 1,
        looked_at: answer.lookedAt,
        created_at: answer.at,
        updated_at: answer.at,
      };
      full.answers.push(row);
      lean.push({
        kind: "answer",
        person_id: personId,
        facet_id: facetId,
        value: JSON.stringify(answer.value),
        at: answer.at,
        source: null,
        confidence: null,
        after_answer: null,
        visibility: answer.visibility,
        looked_at: answer.lookedAt,
        c_outcome: null,
        c_compared_at: null,
      });
    }
  });
  // The query's order is the database's: the builder must not depend on it.
  return { full, lean: lean.reverse() };
}

describe("an audit's observations from its lean rows", () => {
  it("are exactly the observations of the cells buildCells makes from the full rows, seal and marks included", () => {
    fc.assert(
      fc.property(knowledge, (drafts) => {
        const { full, lean } = rowsOf(drafts);
        const fromCells = buildCells(FACETS, PEOPLE, full)
          .filter((cell) => cell.belief || cell.answer || cell.sealedAnswer)
          .map(toObservation);
        expect(observationsFrom(FACETS, PEOPLE, lean)).toEqual(fromCells);
      }),
      { numRuns: 300 },
    );
  });

  it("seal an answer not looked at: its date alone, and no comparison, marked or computed", () => {
    const facet = FACETS[0];
    if (!facet) throw new Error("no facet");
    const value = JSON.stringify(facet.options?.[0]?.id);
    const rows: ObservationRow[] = [
      {
        kind: "belief",
        person_id: "p1",
        facet_id: facet.id,
        value,
        at: "2026-06-01T08:30:00.000Z",
        source: "assumed",
        confidence: 5,
        after_answer: 0,
        visibility: null,
        looked_at: null,
        c_outcome: "miss",
        c_compared_at: "2026-06-02T08:30:00.000Z",
      },
      {
        kind: "answer",
        person_id: "p1",
        facet_id: facet.id,
        value,
        at: "2026-06-01T09:00:00.000Z",
        source: null,
        confidence: null,
        after_answer: null,
        visibility: "leader",
        looked_at: null,
        c_outcome: null,
        c_compared_at: null,
      },
    ];
    const [observation] = observationsFrom([facet], ["p1"], rows);
    expect(observation?.answerVisible).toEqual({
      answeredAt: new Date("2026-06-01T09:00:00.000Z"),
      sealed: true,
    });
    expect(observation?.comparison).toBeUndefined();
  });
});
