/** The shape of one explainer: plain data that the explainer view renders and a test can count. */

export interface ExplainerSection {
  /** An anchor other screens link to, e.g. a linter code on "open questions". */
  id?: string;
  heading?: string;
  paragraphs?: string[];
  /** Shown as a bulleted list after the paragraphs. */
  points?: string[];
  /** Shown as a numbered list: steps that happen in order. */
  steps?: string[];
  /** Links to the screens of Rapport that do what the section describes, shown after its text. */
  links?: ExplainerLink[];
}

/** A link from an explainer to a screen: an app path (`/me/audit`) and the words of the link. */
export interface ExplainerLink {
  to: string;
  label: string;
}

export interface Explainer {
  slug: string;
  title: string;
  /** One or two sentences: shown on the index and under the title. */
  summary: string;
  sections: ExplainerSection[];
  /** Where the facts come from, by name only; empty when the text rests on Rapport's own rules. */
  sources: string[];
  /** Slugs of explainers to read next. */
  related: string[];
}
