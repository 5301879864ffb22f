import type { FacetDefinition } from "./facet";

/**
 * The default facet catalogue that ships with every new workspace (PRODUCT.md, "The model").
 *
 * Keys are stable identifiers stored with beliefs, answers and questions: rename a title freely, never a key,
 * and never reuse or change the meaning of an option id once answers may point at it.
 * Every facet is about the person at work; the defaults stay professional.
 *
 * Weight (1 normal, 3 high) ranks next conversations: facets where a wrong assumption costs the most
 * (how someone wants to be led, told things, grown) weigh more than daily routines.
 */
// Stryker disable StringLiteral: the wording is content, like bank.json, and keys and ids are checked by catalogue.test.ts
export const DEFAULT_FACETS: FacetDefinition[] = [
  // Workstyle: daily routines and processes.
  {
    key: "focus-rhythm",
    dimension: "workstyle",
    title: "Focus rhythm",
    description: "When in the working day they do their sharpest thinking.",
    kind: "single_choice",
    options: [
      { id: "early-morning", label: "Early in the morning" },
      { id: "late-morning", label: "Late morning" },
      { id: "afternoon", label: "Afternoon" },
      { id: "late-day", label: "Towards the end of the day" },
      { id: "varies", label: "It shifts from day to day" },
    ],
    weight: 1,
  },
  {
    key: "communication-channels",
    dimension: "workstyle",
    title: "Communication channels",
    description: "The ways they prefer to be reached about work.",
    kind: "multiple_choice",
    options: [
      { id: "written-async", label: "Written, read when they are ready (email, document, ticket)" },
      { id: "chat", label: "Chat message" },
      { id: "quick-call", label: "A quick call" },
      { id: "video", label: "Scheduled video meeting" },
      { id: "in-person", label: "Face to face" },
    ],
    weight: 2,
  },
  {
    key: "response-expectations",
    dimension: "workstyle",
    title: "Response expectations",
    description: "How quickly they expect to reply to a routine message, and to be replied to.",
    kind: "single_choice",
    options: [
      { id: "within-an-hour", label: "Within the hour" },
      { id: "within-half-a-day", label: "Within half a day" },
      { id: "same-day", label: "By the end of the day" },
      { id: "next-working-day", label: "By the next working day" },
      { id: "when-it-fits", label: "Whenever it fits around focused work" },
    ],
    weight: 1,
  },
  {
    key: "planning-style",
    dimension: "workstyle",
    title: "Planning style",
    description: "How much of the route they want mapped before they start.",
    kind: "scale",
    scale: { low: "Plans the route in detail before starting", high: "Finds the route while moving" },
    weight: 1,
  },
  {
    key: "deep-work-needs",
    dimension: "workstyle",
    title: "Deep-work needs",
    description: "The conditions they need for long, uninterrupted concentration.",
    kind: "text",
    weight: 2,
  },
  {
    key: "solo-vs-collaborative",
    dimension: "workstyle",
    title: "Solo or collaborative work",
    description: "Whether they do their best work alone or alongside others.",
    kind: "scale",
    scale: { low: "Best working alone", high: "Best working alongside others" },
    weight: 1,
  },
  {
    key: "information-intake",
    dimension: "workstyle",
    title: "Taking in information",
    description: "The forms in which new information lands best for them.",
    kind: "multiple_choice",
    options: [
      { id: "written-detail", label: "A detailed written account" },
      { id: "summary-first", label: "A short summary first, detail on request" },
      { id: "visual", label: "Diagrams, charts or sketches" },
      { id: "conversation", label: "Talking it through" },
      { id: "worked-example", label: "A worked example or demonstration" },
      { id: "raw-data", label: "The raw data to explore" },
    ],
    weight: 1,
  },
  {
    key: "decision-style",
    dimension: "workstyle",
    title: "How they decide",
    description: "Their usual route to a decision at work.",
    kind: "single_choice",
    options: [
      { id: "analyse-first", label: "Gathers and weighs the evidence first" },
      { id: "talk-it-through", label: "Talks it through with others" },
      { id: "decide-then-adjust", label: "Decides quickly, then adjusts" },
      { id: "reflect-overnight", label: "Needs time alone to reflect" },
      { id: "seek-consensus", label: "Looks for agreement among those affected" },
    ],
    weight: 2,
  },
  {
    key: "handling-pressure",
    dimension: "workstyle",
    title: "Handling pressure",
    description: "How they work under deadlines and heavy load, and what helps them then.",
    kind: "text",
    weight: 2,
  },
  {
    key: "meeting-preferences",
    dimension: "workstyle",
    title: "Meeting preferences",
    description: "What makes a meeting worth their time, from size and length to preparation.",
    kind: "text",
    weight: 1,
  },

  // Values: what matters to them.
  {
    key: "energisers",
    dimension: "values",
    title: "What energises them",
    description: "The kinds of work and moments that give them energy.",
    kind: "text",
    weight: 2,
  },
  {
    key: "drains",
    dimension: "values",
    title: "What drains them",
    description: "The kinds of work and situations that wear them down.",
    kind: "text",
    weight: 2,
  },
  {
    key: "recognition",
    dimension: "values",
    title: "Recognition",
    description: "How they like good work to be acknowledged.",
    kind: "multiple_choice",
    options: [
      { id: "private-word", label: "A private word" },
      { id: "written-note", label: "A written note they can keep" },
      { id: "team-mention", label: "A mention in front of the team" },
      { id: "senior-visibility", label: "Making their work visible to senior people" },
      { id: "bigger-challenge", label: "A bigger challenge or more responsibility" },
      { id: "learning-opportunity", label: "Time or budget to learn something" },
    ],
    weight: 2,
  },
  {
    key: "growth-career-aims",
    dimension: "values",
    title: "Growth and career aims",
    description: "Where they want to grow and where they hope their career goes.",
    kind: "text",
    weight: 3,
  },
  {
    key: "meaningful-work",
    dimension: "values",
    title: "Meaningful work",
    description: "What makes a piece of work feel worth doing to them.",
    kind: "text",
    weight: 2,
  },
  {
    key: "boundaries",
    dimension: "values",
    title: "Boundaries and non-negotiables",
    description: "The lines at work they will not cross or want respected.",
    kind: "text",
    weight: 3,
  },
  {
    key: "feedback",
    dimension: "values",
    title: "Feedback",
    description: "When and how they want to hear feedback on their work.",
    kind: "single_choice",
    options: [
      { id: "straight-away", label: "Straight away, in the moment" },
      { id: "privately-same-day", label: "Privately, the same day" },
      { id: "written-then-talk", label: "In writing first, then a conversation" },
      { id: "at-one-to-one", label: "Saved for our next one-to-one" },
      { id: "periodic-review", label: "Gathered up for a periodic review" },
    ],
    weight: 3,
  },
  {
    key: "success-this-year",
    dimension: "values",
    title: "Success this year",
    description: "What would make this year a success for them at work.",
    kind: "text",
    weight: 3,
  },

  // Followership: how they partner with their leader.
  {
    key: "autonomy-vs-direction",
    dimension: "followership",
    title: "Autonomy or direction",
    description: "How much latitude they want, from close direction to an outcome and a free hand.",
    kind: "scale",
    scale: { low: "Clear direction and frequent check-ins", high: "The outcome only, then a free hand" },
    weight: 3,
  },
  {
    key: "voicing-disagreement",
    dimension: "followership",
    title: "Voicing disagreement",
    description: "How they prefer to disagree with their leader.",
    kind: "single_choice",
    options: [
      { id: "openly-in-the-room", label: "Openly, in the meeting where it comes up" },
      { id: "privately-afterwards", label: "Privately, after the meeting" },
      { id: "in-writing", label: "In writing, with their reasoning laid out" },
      { id: "through-questions", label: "By asking questions that surface the concern" },
      { id: "after-reflection", label: "Later, once they have had time to think" },
    ],
    weight: 3,
  },
  {
    key: "decision-involvement",
    dimension: "followership",
    title: "Involvement in decisions",
    description: "How early they want to be involved in decisions that affect their work.",
    kind: "scale",
    scale: { low: "Tell me the outcome", high: "Involve me from the first idea" },
    weight: 2,
  },
  {
    key: "raising-problems",
    dimension: "followership",
    title: "Raising problems and bad news",
    description: "How they bring problems and bad news to their leader.",
    kind: "single_choice",
    options: [
      { id: "immediately", label: "As soon as they notice, even half-formed" },
      { id: "once-understood", label: "Once they understand what is going on" },
      { id: "with-a-proposal", label: "Together with a proposal for what to do" },
      { id: "at-one-to-one", label: "At the next one-to-one" },
      { id: "once-resolved", label: "Once it is sorted, as part of an update" },
    ],
    weight: 3,
  },
  {
    key: "support-wanted",
    dimension: "followership",
    title: "Support from their leader",
    description: "The kinds of help they want from their leader.",
    kind: "multiple_choice",
    options: [
      { id: "unblocking", label: "Removing obstacles" },
      { id: "sounding-board", label: "A sounding board for ideas" },
      { id: "coaching", label: "Coaching on skills" },
      { id: "air-cover", label: "Backing when priorities are challenged" },
      { id: "introductions", label: "Introductions to the right people" },
      { id: "context", label: "Context on the wider picture" },
      { id: "space", label: "Space to get on with it" },
    ],
    weight: 2,
  },
  {
    key: "keeping-leader-informed",
    dimension: "followership",
    title: "Keeping the leader informed",
    description: "How they like to keep their leader up to date on their work.",
    kind: "single_choice",
    options: [
      { id: "daily-note", label: "A short daily note" },
      { id: "weekly-summary", label: "A weekly summary" },
      { id: "at-milestones", label: "At milestones" },
      { id: "on-exception", label: "Only when something changes or goes off track" },
      { id: "at-one-to-one", label: "At our one-to-ones" },
    ],
    weight: 2,
  },
  {
    key: "trust-builders-and-breakers",
    dimension: "followership",
    title: "What builds and breaks their trust",
    description: "What a leader does that earns their trust, and what loses it.",
    kind: "text",
    weight: 3,
  },
  {
    key: "followership-style",
    dimension: "followership",
    title: "Followership style",
    description: "Their style on the two followership axes, from the self-assessment.",
    kind: "single_choice",
    options: [
      { id: "exemplary", label: "Exemplary: thinks independently, engages actively" },
      { id: "alienated", label: "Alienated: thinks independently, holds back engagement" },
      { id: "conformist", label: "Conformist: engages actively, defers on judgement" },
      { id: "passive", label: "Passive: leans on the leader for judgement, engages when asked" },
      { id: "pragmatist", label: "Pragmatist: in the middle on both" },
    ],
    weight: 2,
  },
];
// Stryker restore StringLiteral

const FACETS_BY_KEY: ReadonlyMap<string, FacetDefinition> = new Map(
  DEFAULT_FACETS.map((facet) => [facet.key, facet]),
);

/** The default facet with this key, or undefined when the catalogue has none. */
export function facetByKey(key: string): FacetDefinition | undefined {
  return FACETS_BY_KEY.get(key);
}

export type { Agreement, FacetValueValidation } from "./facet-value";
export { computeAgreement, isStructured, validateFacetValue } from "./facet-value";
