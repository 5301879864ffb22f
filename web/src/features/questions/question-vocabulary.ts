import { DEFAULT_FACETS } from "#core/facets/catalogue";
import { DIMENSIONS, type Dimension } from "#core/facets/facet";
import { LINT_CODES, type LintCode } from "#core/questions/linter-types";
import {
  QUESTION_DEPTHS,
  QUESTION_TOPICS,
  type QuestionDepth,
  type QuestionTopic,
} from "#core/questions/vocabulary";
import { DIMENSION_TEXT } from "../knowledge/dimensions";

/** Words and labels for questions. */

export { DIMENSIONS, QUESTION_DEPTHS as DEPTHS, QUESTION_TOPICS as TOPICS };

export const dimensionLabel = (dimension: Dimension): string => DIMENSION_TEXT[dimension].title;

export const topicLabel = (topic: QuestionTopic): string => {
  switch (topic) {
    case "trust":
      return "Trust";
    case "goals":
      return "Goals";
    case "wellbeing":
      return "Wellbeing";
    case "career":
      return "Career";
    case "team":
      return "Team";
    case "listening":
      return "Listening";
    case "priorities":
      return "Priorities";
    case "first-one-on-one":
      return "A first 1:1";
    case "hard-week":
      return "A hard week";
  }
};

export const depthLabel = (depth: QuestionDepth): string => {
  switch (depth) {
    case "light":
      return "Light";
    case "medium":
      return "Medium";
    case "deep":
      return "Deep";
  }
};

export const isLintCode = (value: string): value is LintCode =>
  (LINT_CODES as readonly string[]).includes(value);

/** Short names for the linter's codes, as a leader reads them. */
export const lintCodeLabel = (code: LintCode): string => {
  switch (code) {
    case "closed":
      return "Closed question";
    case "why":
      return "“Why” question";
    case "leading":
      return "Leading question";
    case "advice":
      return "Advice as a question";
    case "double_barreled":
      return "Two questions in one";
    case "stacked":
      return "Stacked questions";
    case "forced_choice":
      return "Either/or choice";
    case "loaded":
      return "Loaded words";
  }
};

export interface FacetChoice {
  key: string;
  title: string;
  dimension: Dimension;
}

export const FACETS: readonly FacetChoice[] = DEFAULT_FACETS.map(({ key, title, dimension }) => ({
  key,
  title,
  dimension,
}));

const facetTitles = new Map(FACETS.map((facet) => [facet.key, facet.title]));

/** A facet's title, or its key when the catalogue no longer has it. */
export const facetTitle = (key: string): string => facetTitles.get(key) ?? key;

export const facetsIn = (dimension: Dimension | ""): readonly FacetChoice[] =>
  dimension === "" ? FACETS : FACETS.filter((facet) => facet.dimension === dimension);

export const isDimension = (value: string): value is Dimension =>
  (DIMENSIONS as readonly string[]).includes(value);
export const isTopic = (value: string): value is QuestionTopic =>
  (QUESTION_TOPICS as readonly string[]).includes(value);
export const isDepth = (value: string): value is QuestionDepth =>
  (QUESTION_DEPTHS as readonly string[]).includes(value);
export const isFacet = (value: string): boolean => facetTitles.has(value);
