/**
 * The loaded words (SCIENCE.md: always, never, failure, fault, blame), and the uses of them that pass
 * no judgement, which the loaded rule must not flag:
 *
 * - Set phrases: "as always", "not always" / "don't always", "almost always", "always-on",
 *   "never mind"; technical terms: "fault-tolerant", "point of failure", "failure mode", "no-blame",
 *   "blame-free"; "excuse the long message" (an apology, not an excuse).
 * - The leader's own absolutes, going first: "I never got my first 1:1s right", "I always want to
 *   hear bad news early", "What should I never do when I give you feedback?".
 * - The person's own wants, values and experience, asked openly: "What have you always wanted to
 *   try?", "What would you never compromise on?", "advice you'll never forget", "What have you never
 *   been asked?". Only inside an open question ("how come" and "what makes you" excluded: they ask
 *   them to explain the absolute) and only with a verb of wanting, valuing or living through: "How do
 *   you always stay so calm?" and "You never update the tickets" still sum the person up.
 */

export const LOADED =
  /\b(always|never|constantly|every single time|failures?|faults?|blamed?|blames|blaming|lazy|laziness|excuses?(?! (?:me|the|my|this)\b)|incompetent|incompetence|careless|useless|(?:dropped|dropping|drop|drops) the ball|screwed up|problem with you|wrong with you)\b/i;

const NEUTRAL_PHRASES =
  /(?:\b(?:as|not|almost|nearly)|n't) always\b|\b(?:always-on|never mind|fault[- ]toleran(?:t|ce)|points? of failure|failure modes?|no[- ]blame|blame[- ]free|i(?:'ve|'d|'ll|'m)?(?: (?:have|had|would|will|should|could|can|do|did|am|was|might|must))? (?:always|never))\b/gi;

const OWN_EXPERIENCE =
  /\byou(?:'ve|'d|'ll| have| had| would| will| could| might| do| did)? (always|never) (?:wanted|want|wished|wish|hoped|hope|dreamed|dreamt|loved|love|enjoyed|enjoy|liked|like|admired|valued|value|believed|regretted|regret|compromise|trade|sacrifice|give up|miss|missed|tried|done|had|found|felt|learned|learnt|forget|remember|say (?:yes|no) to|make time for|been (?:asked|told|given|good at|drawn to|curious about|interested in|proud of))\b/gi;

/** An open question that does not ask them to explain themselves. */
const EXPLAINING = /^(?:how come|what makes you|what made you)\b/i;

/** The first loaded word of the text, lower case, once the neutral uses are set aside; undefined if none. */
export function loadedWord(text: string, openBodies: readonly string[]): string | undefined {
  let judged = text.replace(NEUTRAL_PHRASES, " ");
  for (const body of openBodies) {
    if (EXPLAINING.test(body)) continue;
    for (const match of body.matchAll(OWN_EXPERIENCE)) {
      judged = judged.replace(match[0], match[0].replace(/\b(?:always|never)\b/i, " "));
    }
  }
  return judged.match(LOADED)?.[1]?.toLowerCase();
}
