import type { Explainer } from "./explainer";
import { FOLLOWING_EXPLAINERS } from "./explainers-following";

export type { Explainer, ExplainerLink, ExplainerSection } from "./explainer";

/**
 * Rapport's short explainers: original text, plain language, under 400 words each, drawing on the facts
 * in shared/SCIENCE.md and naming sources without quoting them. Plain data, so no Markdown library is
 * needed and a test can count the words.
 */

const openQuestions: Explainer = {
  slug: "open-questions",
  title: "Open and curious questions",
  summary:
    "An open question invites a story instead of a verdict. Here is what Rapport's question linter looks for, and how to open a question up.",
  sections: [
    {
      paragraphs: [
        "A closed question can be answered in one word, and usually is. An open question leaves the other person room to choose what matters, and that is where you learn what you did not know to ask. Open questions tend to start with what, how, tell me about, describe or walk me through. “How come…” and “What made you…” are open too: they ask for the story without asking for a defence.",
        "As you write a question, the linter points out wording that tends to shut a conversation down. Its findings are advice: you can keep any question you like, and one question can have several findings.",
      ],
    },
    {
      id: "closed",
      heading: "Closed: a yes or a no",
      paragraphs: [
        "Opening with is, do, can, would or a similar verb lets one word end the exchange. “Is the project going well?” becomes “How is the project going for you?”",
      ],
    },
    {
      id: "why",
      heading: "“Why” questions",
      paragraphs: [
        "“Why” asks people to justify themselves; “why didn't you” even more so. “Why was it late?” becomes “What got in the way?”",
      ],
    },
    {
      id: "leading",
      heading: "Leading",
      paragraphs: [
        "A tag such as “right?” or a word such as “surely” tells people which answer you hope for. “That went well, right?” becomes “What stood out to you?”",
      ],
    },
    {
      id: "advice",
      heading: "Advice dressed as a question",
      paragraphs: [
        "“Have you tried blocking your mornings?” is a suggestion with a question mark. Ask “What options do you see?” first, and offer your idea later if they want it.",
      ],
    },
    {
      id: "double_barreled",
      heading: "Two questions in one",
      paragraphs: [
        "“How are the project and your team?” gets one answer, usually to the easier half. Ask about each in turn.",
      ],
    },
    {
      id: "stacked",
      heading: "Stacked questions",
      paragraphs: [
        "Several question marks in a row leave people answering the last one, or none. Ask one question, then wait.",
      ],
    },
    {
      id: "forced_choice",
      heading: "Either/or",
      paragraphs: [
        "“Do you prefer mornings or afternoons?” limits the answer to your two options. “When do you do your best work?” leaves room for a third.",
      ],
    },
    {
      id: "loaded",
      heading: "Loaded words",
      paragraphs: [
        "Always, never, failure, fault and blame put people on guard. “What happened with the release?” gets a fuller answer than “Whose fault was the release?”",
      ],
    },
    {
      heading: "Then listen",
      paragraphs: ["Even the best question needs a pause after it. Let the silence run before you fill it."],
    },
  ],
  // Rapport's own rules (shared/SCIENCE.md, "Question linter rules"): no outside source to name.
  sources: [],
  related: ["active-listening", "vulnerability-loop"],
};

const activeListening: Explainer = {
  slug: "active-listening",
  title: "Active listening",
  summary:
    "Listening well is a skill you can practise and check. A short self-check after a conversation shows you where to grow.",
  sections: [
    {
      paragraphs: [
        "In 1957 the psychologist Carl Rogers and Richard Farson described active listening as hearing the whole of what someone means: the facts they tell you and the feeling underneath them. It is active because the listener does the work of understanding, and shows it.",
      ],
    },
    {
      heading: "What it asks of you",
      points: [
        "Listen for the feeling as well as the content, and answer it: “That sounds like a frustrating week.”",
        "Notice the cues that are not words: tone, pace, pauses, what gets skipped.",
        "Hold back judgement, praise included: it tells people what you want to hear.",
        "Hold back advice, argument, and reassurance that waves a feeling away.",
        "Check that you understood by saying it back in your own words.",
      ],
    },
    {
      heading: "The self-check",
      paragraphs: ["After a conversation, ask yourself a few questions you can answer honestly in a minute:"],
      points: [
        "Did I interrupt?",
        "Did I paraphrase, and check I had it right?",
        "Did I name a feeling?",
        "Did I ask more open questions than closed ones?",
        "Did I give advice nobody asked for?",
        "Did I let silences of three seconds or more run?",
        "Did I turn the topic to myself?",
        "Did they raise most of the topics?",
      ],
    },
    {
      heading: "How much of the talking was yours",
      paragraphs: [
        "No study has set the right share of talk for a one-to-one. Andy Grove argued that the meeting belongs to the report, not the manager; GitLab's handbook treats a manager who fills most of the agenda as a warning sign; and sales research finds results fall once one side talks more than about 65% of the time.",
        "So take a rough guide: once your share of the talking passes half, notice it; above 65%, the conversation has become yours. It is a prompt to notice, not a score to chase.",
      ],
    },
    {
      heading: "In Rapport",
      paragraphs: [
        "Once a conversation is held, its page offers you this self-check, with a line on why each question matters, and asks your share of the talking: amber above 50%, red above 65%. Only you see it. Your practice page charts both, month by month.",
      ],
      links: [
        { to: "/me/audit", label: "Plan a conversation from your audit" },
        { to: "/practice", label: "Your practice figures" },
      ],
    },
  ],
  sources: [
    "Carl Rogers and Richard Farson, “Active Listening” (1957)",
    "Andy Grove, High Output Management",
    "GitLab handbook, one-on-ones",
  ],
  related: ["open-questions", "vulnerability-loop"],
};

const assumptions: Explainer = {
  slug: "assumptions-and-calibration",
  title: "Assumptions and calibration",
  summary:
    "Much of what a leader knows about a person is really an assumption. Rapport helps you see which parts, and how far your confidence deserves trust.",
  sections: [
    {
      paragraphs: [
        "Assumptions are not the problem: nobody can ask about everything. Not knowing which of your beliefs are assumptions is the problem, because you act on them as if they were facts.",
      ],
    },
    {
      heading: "Beliefs first, then answers",
      paragraphs: [
        "You write down what you believe about one aspect of someone (a facet, in Rapport's terms), where it came from (assumed, inferred, heard second-hand, observed, or asked) and how sure you are, from 1 to 5. Until you have, or have chosen to look, Rapport tells you only that they answered, and when.",
        "A belief written before you look counts, and once it is saved their answer shows. Looking is recorded: a belief written or changed after it is kept, but does not count in your accuracy or calibration. A changed answer is sealed again until you look.",
        "Then you mark a match, a partial match or a miss; where the aspect has set choices, Rapport works it out.",
      ],
    },
    {
      heading: "What you know, and how",
      points: [
        "Unknown: nothing recorded yet.",
        "Answered: they have answered; you have not looked yet.",
        "Assumed: a belief you have not checked, from a guess, an inference or hearsay.",
        "Observed: an unchecked belief based on what you saw.",
        "Verified: checked against their answer, or learned by asking them.",
        "Learned: you saw their answer without guessing first.",
        "Blind spot: a miss, or a partial match you were very sure of (4 or 5).",
        "Stale: not verified for a long while (180 days unless your workspace says otherwise).",
      ],
    },
    {
      heading: "Precise names",
      paragraphs: [
        "Confirmed is the verified share (verified or learned); Unchecked beliefs, the assumption load.",
      ],
    },
    {
      heading: "Calibration",
      paragraphs: [
        "Being right matters, and so does knowing how sure to be. Rapport reads your confidence as a chance: 5 means certain, 4 means 80%. It then compares that with what happened: a match counts as 1, a partial as a half, a miss as 0.",
        "The Brier score is the average of the squared gaps between the two. Zero is perfect and lower is better: someone who says 80% and is right four times in five scores well. When your average confidence runs more than 15 points above your actual accuracy, Rapport calls it overconfidence: a sign to ask more and assume less.",
      ],
    },
  ],
  sources: ["Glenn Brier, verification of probability forecasts (1950)"],
  related: ["open-questions", "followership-styles"],
};

/** Every explainer, in the order the learning index shows them. */
export const EXPLAINERS: readonly Explainer[] = [
  openQuestions,
  activeListening,
  ...FOLLOWING_EXPLAINERS,
  assumptions,
];

export const explainerBySlug = (slug: string): Explainer | undefined =>
  EXPLAINERS.find((explainer) => explainer.slug === slug);

/** Every word a reader sees on the explainer's screen: title, summary, headings, text and sources. */
export function explainerWords(explainer: Explainer): number {
  const texts = [
    explainer.title,
    explainer.summary,
    ...explainer.sources,
    ...explainer.sections.flatMap((section) => [
      section.heading ?? "",
      ...(section.paragraphs ?? []),
      ...(section.points ?? []),
      ...(section.steps ?? []),
      ...(section.links ?? []).map((link) => link.label),
    ]),
  ];
  return texts
    .join(" ")
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
