import { DEFAULT_FACETS } from "#core/facets/catalogue";
import type { FacetDefinition } from "#core/facets/facet";
import { SCALE_MAX, SCALE_MIN } from "#core/facets/facet-value";

type Visibility = "leader" | "team";
type Source = "assumed" | "inferred" | "heard" | "observed" | "asked";

/**
 * What the leader has come to know of a member beyond their story: the everyday knowledge that
 * fills most of the heatmap. Each step is one thing done through the API, in order: a belief
 * written first, then the member's answer, then the leader's look and, for words, their mark.
 */
export interface BackgroundStep {
  facet: string;
  belief?: { value: unknown; source: Source; confidence: number };
  answer?: { value: unknown; visibility: Visibility };
  /** The leader's mark of words against words (structured facets are compared by Rapport). */
  mark?: "match";
}

/** Plain phrases for the text facets, each of which reads as a belief and as an answer alike. */
const PHRASES: Record<string, string[]> = {
  "deep-work-needs": [
    "Two uninterrupted hours in the morning, notifications off",
    "A quiet room and a clear question to work on",
    "Half a day a week with no meetings at all",
  ],
  "handling-pressure": [
    "Writes everything down, then does the smallest thing first",
    "Asks for help early and narrows the scope",
    "Goes for a walk, then plans the next hour only",
  ],
  "meeting-preferences": [
    "Short, with an agenda the day before",
    "Few people, and a decision written down at the end",
    "Stand-up style, fifteen minutes at most",
  ],
  energisers: [
    "Shipping something customers notice",
    "Pairing with someone on a hard bug",
    "Teaching what they just learned",
  ],
  drains: [
    "Context switching between three projects",
    "Decisions reopened after they were made",
    "Waiting on approvals with no end date",
  ],
  "growth-career-aims": [
    "Becoming the go-to person for the data platform",
    "Leading a small project end to end this year",
    "Getting better at public speaking",
  ],
  "meaningful-work": [
    "Work that removes toil for the rest of the team",
    "Seeing a metric move because of their change",
    "Helping a customer who was stuck",
  ],
  boundaries: [
    "No messages answered after seven",
    "School pick-up on Tuesdays and Thursdays",
    "No travel in the first week of the month",
  ],
  "success-this-year": [
    "The on-call rota halved in size",
    "A design review that others copy",
    "Owning the quarterly planning for the team",
  ],
  "trust-builders-and-breakers": [
    "Builds: doing what you said. Breaks: surprises in public",
    "Builds: asking before deciding. Breaks: credit taken",
    "Builds: straight answers. Breaks: vague promises",
  ],
};

/** A value the facet accepts, varied by `seed`. */
function valueFor(facet: FacetDefinition, seed: number): unknown {
  const options = facet.options ?? [];
  switch (facet.kind) {
    case "single_choice":
      return options[seed % options.length]?.id;
    case "multiple_choice":
      return [...new Set([seed % options.length, (seed + 2) % options.length])].map((n) => options[n]?.id);
    case "scale":
      return SCALE_MIN + (seed % (SCALE_MAX - SCALE_MIN + 1));
    case "text": {
      const phrases = PHRASES[facet.key] ?? ["Said in a one-to-one"];
      return phrases[seed % phrases.length];
    }
  }
}

/**
 * The steps for member `index` on every facet their story leaves alone. One in five stays unknown;
 * the rest are spread over assumptions, observations, what the member confirmed (a belief written
 * first, then a matching answer), what was learned from the answer alone, and what was asked. A
 * member who has answered nothing (`answers: false`) gets the leader's beliefs only.
 */
export function backgroundSteps(
  index: number,
  storyFacets: ReadonlySet<string>,
  answers = true,
): BackgroundStep[] {
  const steps: BackgroundStep[] = [];
  for (const [position, facet] of DEFAULT_FACETS.entries()) {
    if (storyFacets.has(facet.key)) continue;
    const seed = index + position;
    const value = valueFor(facet, seed);
    const visibility: Visibility = seed % 3 === 0 ? "team" : "leader";
    const kind = (index * 7 + position * 3) % 10;
    const believe = (source: Source, confidence: number) => ({
      facet: facet.key,
      belief: { value, source, confidence },
    });
    if (kind < 2) continue;
    if (kind <= 3 || (!answers && kind >= 6))
      steps.push(believe(kind === 2 ? "assumed" : "inferred", 3 + (seed % 2)));
    else if (kind === 4) steps.push(believe("observed", 3));
    else if (kind === 5) steps.push(believe("heard", 2));
    else if (kind <= 7)
      steps.push({
        ...believe("observed", 4),
        answer: { value, visibility },
        ...(facet.kind === "text" ? { mark: "match" as const } : {}),
      });
    else if (kind === 8) steps.push({ facet: facet.key, answer: { value, visibility } });
    else steps.push(believe("asked", 4));
  }
  return steps;
}
