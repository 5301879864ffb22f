/**
 * The question linter's rules, one detector per code (SCIENCE.md, "Question linter rules").
 * Each detector returns at most one finding; the linter runs them all, so several codes can apply at once.
 * Detectors that judge the shape of a question look at its question clauses (see linter-text.ts);
 * detectors that judge wording (leading words, advice, loaded words) look at the whole text, because
 * "Obviously the launch slipped. What happened?" steers the answer even though the question is fine.
 */
import { loadedWord } from "./linter-absolutes";
import { adviceSuggestion, capitalize, closedSuggestion, quoted, whySuggestion } from "./linter-rewrites";
import { offeredAnswerCue, opensAsStatement, statementCue } from "./linter-statements";
import { type Clause, NEGATIVE_AUXILIARIES, wordsOf } from "./linter-text";
import type { LintFinding } from "./linter-types";

export type TextRule = (text: string, clauses: Clause[]) => LintFinding | null;

function firstClause(clauses: Clause[], test: (clause: Clause) => boolean): Clause | undefined {
  return clauses.find(test);
}

/** closed: the opener is an auxiliary or modal verb ("Is…", "Don't…", "Could…"), or "Anything…?". */
export const closedRule: TextRule = (_text, clauses) => {
  const clause = firstClause(clauses, (candidate) => candidate.opener?.kind === "closed");
  const opener = clause?.opener;
  if (clause === undefined || opener === undefined || opener === null) return null;
  // Stryker disable next-line StringLiteral: an opener always has a first word; the fallback only narrows the type
  const word = capitalize(opener.words[0] ?? "");
  return {
    code: "closed",
    message: `It opens with “${word}”, so it can be answered with a yes or a no, and the conversation can stop there.`,
    suggestion: closedSuggestion(clause.body),
  };
};

/** why: the opener is "why"; "why didn't / why haven't / why don't…" reads as an accusation. */
export const whyRule: TextRule = (_text, clauses) => {
  const clause = firstClause(clauses, (candidate) => candidate.opener?.kind === "why");
  const opener = clause?.opener;
  if (clause === undefined || opener === undefined || opener === null) return null;
  // Stryker disable next-line StringLiteral: with no second word ("Why?") any fallback is no negative contraction
  const next = opener.words[1] ?? "";
  const message = NEGATIVE_AUXILIARIES.has(next)
    ? `“Why ${next}…” reads as an accusation: it assumes a failure and asks them to defend it.`
    : "“Why” asks people to justify themselves, which tends to put them on the defence.";
  return { code: "why", message, suggestion: whySuggestion(clause.body) };
};

/** Words and phrases that announce the expected answer, wherever they stand. */
const STEERING =
  /\b(surely|of course|undoubtedly|needless to say|don't you think|dont you think|wouldn't you agree|wouldnt you agree|would you agree|wouldn't you say|don't you agree|you'd agree|you would agree|isn't it true|admit it|you must be|you must feel)\b/i;

const STEERING_ADVERB = /\b(clearly|obviously|naturally)\b/gi;
const PREPOSITION = /^(?:at|in|on|to|with|for|about|when|enough|from|than|as|and|or|but)$/i;

/**
 * "Clearly", "obviously" and "naturally" steer when they comment on a claim ("Obviously the demo went
 * well…", "That was clearly the right call") but not when they describe how something is done:
 * "How clearly…", "clearly defined", "explained clearly?", "think clearly and work fast", "What comes
 * naturally to you?".
 */
function steeringAdverb(text: string): string | undefined {
  for (const match of text.matchAll(STEERING_ADVERB)) {
    const before = text.slice(0, match.index).trimEnd();
    if (/\bhow$/i.test(before)) continue;
    if (before === "" || /[,.;:!?(\u2013\u2014-]$/.test(before)) return match[1];
    const next = text.slice(match.index + match[0].length).match(/^ ([\p{L}']+)/u)?.[1];
    if (next === undefined || /(?:ed|en)$/i.test(next) || PREPOSITION.test(next)) continue;
    return match[1];
  }
  return undefined;
}

/** Negative openers that are advice rather than a hint ("Shouldn't you…", "Wouldn't it be better…"). */
const NEGATIVE_ADVICE =
  /^(?:shouldn'?t\b|wouldn'?t it be (?:better|easier|smarter|simpler|best|wiser)\b|(?:can'?t|couldn'?t) you (?:just|simply)\b)/i;

/** Tags typed without a comma: "You're happy with the plan right", "we're aligned on this yeah". */
const TAG_AT_END = /^(?:right|yeah|yep|innit|correct)$/;

/** Words after which "right" or "correct" completes the statement instead of tagging it. */
const COMPLEMENT_BEFORE_RIGHT =
  /^(?:feels?|felt|seems?|seemed|sounds?|sounded|looks?|looked|is|was|are|were|be|been|all|that's|it's|you're|i'm|we're|they're)$/;

function leadingCue(clause: Clause): string | null {
  if (clause.tagged) return `the tag “${clause.parts[clause.parts.length - 1] ?? ""}?”`;
  const words = wordsOf(clause.text);
  // "You're happy with the plan right": typed without a comma or a question mark, still a tag;
  // "The plan feels right" and "That's all right" are statements.
  const before = words[words.length - 2] ?? "";
  const last = words[words.length - 1] ?? "";
  const stated = clause.asked || (opensAsStatement(words) && !COMPLEMENT_BEFORE_RIGHT.test(before));
  if (clause.opener === null && stated && TAG_AT_END.test(last)) return `the tag “${last}?”`;
  const first = clause.opener?.words[0];
  if (clause.opener?.kind === "closed" && first !== undefined && NEGATIVE_AUXILIARIES.has(first)) {
    if (!NEGATIVE_ADVICE.test(clause.opener.words.join(" ")))
      return `the negative opener “${capitalize(first)}…”`;
  }
  return null;
}

const HINT_SUGGESTION = "Drop the hint and ask what they think: “What stood out to you?”";

/**
 * leading: tag questions, negative openers ("Isn't it…", "Didn't it…"), steering words (surely,
 * obviously…), statements asked as questions ("You're happy with the plan?") and answers offered after
 * the question ("…, too ambitious?"); see linter-statements.ts for the last two.
 */
export const leadingRule: TextRule = (text, clauses) => {
  const steering = text.match(STEERING)?.[1] ?? steeringAdverb(text);
  const hint =
    steering !== undefined
      ? `“${steering.toLowerCase()}”`
      : clauses.map(leadingCue).find((found) => found !== null);
  if (hint !== undefined) {
    return {
      code: "leading",
      message: `It hints at the answer you expect (${hint}), so people tend to agree rather than say what they think.`,
      suggestion: HINT_SUGGESTION,
    };
  }
  const statement = clauses.map(statementCue).find((found) => found !== null);
  if (statement !== undefined) {
    return {
      code: "leading",
      message: `It states the answer and asks them to confirm it (${statement.cue}), so agreeing is the easy reply.`,
      suggestion: statement.suggestion,
    };
  }
  const offered = clauses.map(offeredAnswerCue).find((found) => found !== null);
  if (offered === undefined) return null;
  return {
    code: "leading",
    message: `It offers an answer after the question (${offered.cue}), so people pick yours instead of finding their own.`,
    suggestion: offered.suggestion,
  };
};

/** "What have you tried?" and "Which options have you considered?" ask what they did; "Have you tried…?" proposes it. */
const ADVICE_PHRASES =
  /(?<!\b(?:what|which|who|how|where|when)\b[^,.;:?!\u2013\u2014]*\s)\b(have you (?:tried|considered|thought about|thought of|looked into)|did you (?:try|consider)|ever (?:considered|thought (?:about|of))|shouldn'?t (?:you|we)|should you not|why not|(?:could|can|couldn'?t|can'?t) (?:you|we) (?:just|simply)|wouldn'?t it be (?:better|easier|smarter|simpler|best|wiser)|would it (?:help|be better|be easier|be worth|make sense) (?:to|if)|maybe you (?:could|should)|(?:might|could|would|may) be worth (?:\p{L}+ing|a try|a shot)|what if (?:you|we) (?!could|had|were|knew|couldn'?t|didn'?t|weren'?t)\p{L}+)\b/iu;

/** Parts that begin by telling them what to do: "…, you should talk to Sam", "Try blocking mornings?". */
const ADVICE_OPENING =
  /^(?:(?:maybe|perhaps) )?(?:you should(?! be (?:really |very |so )?(?:proud|pleased|glad|happy|chuffed|thrilled)\b)|you need to|you ought to|you'd better|you might want to|you could try|try \p{L}+ing)\b/iu;

/**
 * "What about the deadline?" offers a topic to steer to. "What about the role do you enjoy?" asks
 * which aspect: a verb or subject after the topic shows it is a real question, and so does
 * "What about you?" (or "yours", "yourself"), which hands the turn over. "How about we…" is a proposal, so it is advice.
 */
function isSteeringAbout(text: string): boolean {
  const about = text.match(/\b(?:what|how) about\b(.*)$/i);
  if (about === null) return false;
  // Stryker disable next-line StringLiteral: the group (.*) always takes part in the match; the fallback only narrows the type
  const rest = about[1] ?? "";
  // "What about you?" and "How about you, how's the week been?" hand the turn over.
  if (/^\s*(?:you|yours|yourself|yourselves)\s*(?:[,:\u2013\u2014-]|[?.!]*$)/i.test(rest)) return false;
  if (/^\s*(?:we|i|you) (?!and\b)\p{L}/iu.test(rest)) return true;
  const verb = /\b(?:do|does|did|is|are|was|were|would|will|could|can|makes?|made|keeps?|gives?|matters?)\b/i;
  const subject = /\b(?:you|they|we|i|he|she) \p{L}/iu;
  return !verb.test(rest) && !subject.test(rest);
}

/** advice: a suggestion with a question mark ("Have you tried…", "What about…", "Why not…"). */
export const adviceRule: TextRule = (text, clauses) => {
  const found = text.match(ADVICE_PHRASES)?.[1];
  // "We should ship on Friday, shouldn't we?": "shouldn't we" is the tag of a leading question here.
  const tags = clauses
    .filter((clause) => clause.tagged)
    .map((clause) => wordsOf(clause.parts[clause.parts.length - 1] ?? "").join(" "));
  const phrase = found !== undefined && tags.includes(wordsOf(found).join(" ")) ? undefined : found;
  const opening = clauses
    .flatMap((clause) => clause.parts)
    .map((part) => part.replace(/^(?:and|but|so|or|then|well|ok|okay)\s+/i, "").match(ADVICE_OPENING)?.[0])
    .find((found) => found !== undefined);
  const about = text.split(/[?.!;\n]+/).some(isSteeringAbout);
  // Stryker disable next-line StringLiteral: when some part steers with "what about", the whole text contains it too
  const cue = phrase ?? opening ?? (about ? (text.match(/\b(?:what|how) about\b/i)?.[0] ?? "") : undefined);
  if (cue === undefined) return null;
  return {
    code: "advice",
    message: `“${capitalize(cue.toLowerCase())}…” is advice dressed as a question: it steers them to your answer instead of drawing out theirs.`,
    suggestion: adviceSuggestion(text),
  };
};

/** stacked: more than one question mark, counting "??" or "?!" as one. */
export const stackedRule: TextRule = (_text, clauses) => {
  const asked = clauses.filter((clause) => clause.asked);
  const first = asked[0];
  if (asked.length < 2 || first === undefined) return null;
  return {
    code: "stacked",
    message: `It asks ${asked.length} questions in a row; people answer the last one, or none, and lose the quiet they need to think.`,
    suggestion: `Ask one question, then wait: ${quoted(first.text)}`,
  };
};

/**
 * loaded: absolutes and words that pass judgement (linter-absolutes.ts). Beyond SCIENCE.md's list
 * (always, never, failure, fault, blame) it adds only words that judge the person rather than describe
 * an event: "lazy", "excuse", "careless", "incompetent", "useless", "dropped the ball", "screwed up",
 * "what's wrong with you", "the problem with you", and "constantly" as an absolute.
 */
export const loadedRule: TextRule = (text, clauses) => {
  const openBodies = clauses.filter((clause) => clause.opener?.kind === "open").map((clause) => clause.body);
  const word = loadedWord(text, openBodies);
  if (word === undefined) return null;
  // Stryker disable next-line Regex: the word is one of LOADED's own, none of which starts or ends with an absolute unless it is one
  const absolute = /^(always|never|constantly|every single time)$/.test(word);
  const blame = /^(faults?|blamed?|blames|blaming)$/.test(word);
  const message = absolute
    ? `“${word}” is an absolute: it sums the person up before they answer, so they defend or hunt for the exception.`
    : `“${word}” passes judgement before they answer, so people defend themselves rather than reflect.`;
  let suggestion = `Replace “${word}” with a neutral description of what you saw, e.g. “What happened on Tuesday?”`;
  if (absolute)
    suggestion = `Drop “${word}” and ask about one specific time: “Tell me about a recent time when…”`;
  if (blame) suggestion = "Ask what happened, not whose fault it was: “What happened, from where you stood?”";
  return { code: "loaded", message, suggestion };
};
