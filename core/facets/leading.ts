import { DEFAULT_FACETS } from "./catalogue";
import type { FacetDefinition } from "./facet";

/**
 * Prompts about leading that only leaders answer, in their own "working with me" manual, for the
 * people they lead (PRODUCT.md, "The leader's own manual"; SCIENCE.md: the leader going first is
 * the strongest signal of a vulnerability loop). Nobody holds beliefs about them.
 *
 * Titles are in the leader's voice, since the team reads them under the leader's name; like every
 * facet's, each description speaks to the leader writing (`aboutYou`) and of them to whoever reads
 * (`aboutThem`). Keys follow the catalogue's rules.
 */
// Stryker disable StringLiteral: the wording is content, like the catalogue's; keys are checked by leading.test.ts
export const LEADING_FACETS: FacetDefinition[] = [
  {
    key: "how-i-lead",
    dimension: "followership",
    title: "How I lead",
    aboutYou: "What you try to do as a leader, and what the people you lead can count on from you.",
    aboutThem: "What they try to do as a leader, and what the people they lead can count on from them.",
    kind: "text",
    weight: 1,
    audience: "leaders",
  },
  {
    key: "still-learning",
    dimension: "followership",
    title: "What I am still learning",
    aboutYou: "A part of leading you have not mastered yet, and what you are doing about it.",
    aboutThem: "A part of leading they have not mastered yet, and what they are doing about it.",
    kind: "text",
    weight: 1,
    audience: "leaders",
  },
  {
    key: "recent-mistake",
    dimension: "followership",
    title: "A recent mistake of mine",
    aboutYou:
      "Something you got wrong lately and what you took from it. Going first makes it easier for others.",
    aboutThem: "Something they got wrong lately, and what they took from it.",
    kind: "text",
    weight: 1,
    audience: "leaders",
  },
  {
    key: "disagreeing-with-me",
    dimension: "followership",
    title: "How to tell me I am wrong",
    aboutYou: "How you would like to hear disagreement, and what you do once you have heard it.",
    aboutThem: "How they would like to hear disagreement, and what they do once they have heard it.",
    kind: "text",
    weight: 1,
    audience: "leaders",
  },
  {
    key: "what-i-need-from-you",
    dimension: "followership",
    title: "What I need from you",
    aboutYou: "The news, warnings and questions that help you lead well, and when you want to hear each.",
    aboutThem: "The news, warnings and questions that help them lead well, and when they want to hear each.",
    kind: "text",
    weight: 1,
    audience: "leaders",
  },
];
// Stryker restore StringLiteral

/** Every facet a new workspace gets: the catalogue about everyone, then the prompts for leaders. */
export const SHIPPED_FACETS: readonly FacetDefinition[] = [...DEFAULT_FACETS, ...LEADING_FACETS];
