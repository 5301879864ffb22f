/**
 * Two leading shapes that carry no steering word, so they need the shape of the clause:
 *
 * - A statement with a question mark ("So you're fine with the move?", "That worked for you?",
 *   "The deadline is realistic?"): the leader states the answer and asks them to confirm it.
 *   Detected only when the sentence was asked, no part opens like a question (no what, how, who,
 *   where, when, which, why, tell me, describe, walk me through…), and the first part, after fillers,
 *   is a subject (a pronoun, "that/this/it", or "the/your/our… X") followed by a finite verb
 *   (am, are, is, was, were, have, has, had, do, does, did, will, would, can, could, a past tense, or
 *   a present tense that states a view: makes, works, feels, seems, sounds…).
 *   "Tell me about your week." and any statement without a question mark stay prompts, not questions.
 * - An answer offered after the question ("What's your take on the roadmap — too ambitious?",
 *   "How is the pace, too slow?"): a short part after the opener, with no verb, that starts with a
 *   degree word (too, overly, a bit, kind of, not enough…).
 *
 * Both are narrow on purpose: a wrong "leading" on a good question teaches the wrong lesson.
 */
import { quoted } from "./linter-rewrites";
import { type Clause, wordsOf } from "./linter-text";

export interface LeadingCue {
  /** How the message names what steers: "the statement “That worked for you?”". */
  cue: string;
  suggestion: string;
}

const FILLER =
  /^(?:(?:and|but|so|or|then|also|well|ok|okay|now|honestly|actually|just|oh|hey|anyway|anyways|i guess|i take it|i assume)\b[\s,]*)+/i;

const PRONOUN: ReadonlySet<string> = new Set(
  "i you we they he she it that this things everything everyone everybody nothing".split(" "),
);
const DETERMINER: ReadonlySet<string> = new Set(
  "the your our my their his her that this these those".split(" "),
);

/** Words that cannot be the noun of "the X" before its verb: "The thing that was hardest?" is not a statement. */
const NOT_A_NOUN: ReadonlySet<string> = new Set(
  "that which who whom whose what where when how why you i we they he she it there if and or but".split(" "),
);

const FINITE: ReadonlySet<string> = new Set(
  "am are is was were have has had do does did will would can could".split(" "),
);

/** Contractions of a finite verb: "you're", "it's", "that's", "we've", "you'd", "they'll", "i'm". */
const CONTRACTED = /^(?:i|you|we|they|he|she|it|that|this)'(?:re|s|ve|d|ll|m)$/;

const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  "went felt got made took said thought found came saw knew left ran became kept held brought told gave meant".split(
    " ",
  ),
);

/** Present-tense verbs that state a view: "The plan makes sense?", "That works for you?". */
const STATING_PRESENT: ReadonlySet<string> = new Set(
  "makes works feels seems sounds looks fits suits helps matters goes".split(" "),
);

function isFiniteVerb(word: string | undefined): boolean {
  if (word === undefined) return false;
  if (FINITE.has(word) || IRREGULAR_PAST.has(word) || STATING_PRESENT.has(word)) return true;
  // A regular past tense: "worked", "helped", "landed" (not "need", "feed", "red").
  return /^\p{L}{3,}ed$/u.test(word) && !/eed$/.test(word);
}

/** True when the words open with a subject and a finite verb: "you're fine…", "the deadline is…". */
/** Adverbs that can sit between a subject and its verb: "You never had…", "That really helped?". */
const ADVERB: ReadonlySet<string> = new Set(
  "always never really still already just actually all both".split(" "),
);

export function opensAsStatement(allWords: string[]): boolean {
  const words = allWords.filter((word, index) => index === 0 || !ADVERB.has(word));
  const [first, second, third, fourth] = words;
  if (first === undefined) return false;
  if (CONTRACTED.test(first)) return second !== undefined;
  if (PRONOUN.has(first) && isFiniteVerb(second)) return true;
  if (!DETERMINER.has(first) || second === undefined || NOT_A_NOUN.has(second)) return false;
  if (isFiniteVerb(third)) return true;
  return third !== undefined && !NOT_A_NOUN.has(third) && isFiniteVerb(fourth);
}

/** "You seem…" and "You feel…" are absent: neither is read as a statement (see `isFiniteVerb`). */
const FEELING =
  /^(?:you're|you are|you were|you've been) (?:really |quite |pretty |totally |completely )?(?:fine|happy|ok|okay|alright|all right|good|comfortable|satisfied|content|clear|settled|relaxed|confident|excited|on board) (?:with|about) (.+)$/i;

function statementSuggestion(statement: string): string {
  const feeling = statement.match(FEELING)?.[1];
  if (feeling !== undefined) return `Ask it open: ${quoted(`How do you feel about ${feeling}`)}`;
  return "Ask it open instead of asking them to confirm: “How do you see it?” or “What's your view?”";
}

/**
 * "I'm curious what you think?", "I'd love to know how it went?": a question asked indirectly, in the
 * leader's own voice, with the question mark of the question it holds. It states no answer.
 */
const INDIRECT =
  /^(?:i|i'm|i am|i'd|i would|i was|i've been|we're|we'd|we would)\b.*?\b(?:curious|wondering|wonder|interested|keen|love|like|want|wanted)\b(?: to (?:know|hear|understand|learn))?(?: about| in)? (?:what|how|who|where|when|which|whether|if)\b/i;

/**
 * "You're saying the workload is fine?", "It sounds like the week was a lot?": a paraphrase checked
 * with them, which is what a good listener does (SCIENCE.md, "Active listening"), not an answer of
 * the leader's own.
 */
const REFLECTION =
  /^(?:you're saying|you are saying|you mean|what i'm hearing|what i hear|if i (?:heard|understood) you|it sounds like|sounds like|i'm hearing)\b/i;

/** A statement asked as a question: "So you're fine with the move?". */
export function statementCue(clause: Clause): LeadingCue | null {
  if (!clause.asked || clause.opener !== null || clause.tagged) return null;
  const first = (clause.parts[0] ?? "").replace(/^[^\p{L}\p{N}]+/u, "").replace(FILLER, "");
  if (INDIRECT.test(first) || REFLECTION.test(first)) return null;
  const statement = clause.parts.length === 1 ? first : [first, ...clause.parts.slice(1)].join(", ");
  if (!opensAsStatement(wordsOf(first))) return null;
  return {
    cue: `the statement ${quoted(statement)}`,
    suggestion: statementSuggestion(statement.replace(/[\s?.!]+$/, "")),
  };
}

/**
 * A short answer offered after the question: "— too ambitious?", ", a bit slow?", or one word that
 * grades it: ", all good?", ", manageable?". Not ", overall?" or ", honestly?": those grade nothing.
 */
const OFFERED =
  /^(?:(?:maybe|perhaps|or) )?(?:(?:too|overly|not enough|a bit|a little|a little bit|kind of|sort of|somewhat|rather|a tad) \p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*)?|(?:(?:all|mostly|pretty|quite|really|still|going) )?(?:good|ok|okay|alright|all right|fine|great|manageable|bearable|smooth|smoothly|well|better|worse|hard|tough|easy|busy|stressful|calm|clear|useful|helpful|positive|productive|fun))$/iu;

export function offeredAnswerCue(clause: Clause): LeadingCue | null {
  if (!clause.asked || clause.opener?.kind !== "open" || clause.parts.length < 2) return null;
  // Stryker disable next-line MethodExpression: parts are cut with the spaces around them, so the last one has none to trim
  const last = (clause.parts[clause.parts.length - 1] ?? "").trim().replace(/[\s?.!]+$/, "");
  if (!OFFERED.test(last)) return null;
  const question = clause.parts.slice(0, -1).join(", ");
  return {
    cue: `the offered answer “${last.toLowerCase()}?”`,
    suggestion: `Stop at the question and let them find the words: ${quoted(question)}`,
  };
}
