/**
 * The two rules about joining words: double_barreled ("and", "or", "/" joining two asks) and
 * forced_choice ("X or Y?", "… or not?"). They share one reading of the question body, because an
 * "or" is either a forced choice or a second ask, never both.
 *
 * Heuristic, in order:
 * 1. Fixed phrases are not joins: "pros and cons", "ups and downs", "back and forth", "a day or two",
 *    "whether or not", "who or what"…
 * 2. A joint subject is one actor: "How do you and your team decide…?", "When you and Sam disagree…",
 *    "a time you and your manager disagreed" (an auxiliary, a clause word or "time", you/we/I, "and",
 *    one noun phrase, then a verb). At the end of the question the pair is two objects again:
 *    "How are you and your team?" is double, and so is "What energises you and drains you?"
 *    (no auxiliary before "you").
 * 3. Words that need two things take one "and": "between X and Y", "balance X and Y", "compare…".
 * 4. "… or not" is a forced choice.
 * 5. Any other "or" is a forced choice when the question is closed ("Do you prefer email or Slack?"),
 *    has no opener ("You want email or Slack?"), names a choice (which, rather, prefer, more, better…),
 *    or puts the options after a comma ("How do you like feedback, written or spoken?").
 *    Otherwise it joins two asks in an open question ("What would make you stay or leave?"): double.
 * 6. An "or" in a part set off by commas in the middle of the question is an aside meaning "any"
 *    ("What's one thing, big or small, that helped?"), and so are "big or small", "large or small".
 * 7. In an open question, joined adjectives are one state ("What keeps you calm and focused?", "a
 *    fair and useful review"), except straight after "how" ("How happy and productive are you?"),
 *    and an "and" inside a scene carries one story on ("a time you took a risk and it paid off",
 *    "when a plan changes and nobody tells you"), unless a question word follows it ("…and what you
 *    did next"). A yes/no question asks for a yes or a no to each ("Is it fair and useful?").
 * 8. Any other "and", "as well as", or a slash between two words ("home/work") is double_barreled:
 *    two objects ("the project and your team"), two verbs ("enjoy and find hard"), or two questions
 *    ("What went wrong and who is to blame?").
 */
import { doubleSuggestion } from "./linter-rewrites";
import type { TextRule } from "./linter-rules";
import type { Clause } from "./linter-text";

const AND_FIXED =
  /\b(?:pros and cons|ups and downs|back and forth|give and take|trial and error|now and then|here and there|more and more|again and again|over and over|up and running|black and white|and so on|and so forth|ins and outs|nuts and bolts|do'?s and don'?ts|highs and lows|in and out|on and off|first and foremost|by and large|odds and ends|wear and tear|bread and butter|safe and sound|peace and quiet|loud and clear|sick and tired|hit and miss|touch and go|try and|and a half|research and development|q and a|r and d)\b/giu;

const OR_FIXED =
  /\b(?:whether or not|more or less|sooner or later|give or take|make or break|sink or swim|one way or another|or so|or something|or anything|or anyone|or anybody|or whatever|or similar|or other|or another|or two|big or small|large or small|great or small|(?:one|two|three|four|five|\d+) or (?:three|four|five|six|seven|more|\d+)|(?:who|what|how|why|where|when|which) or (?:who|what|how|why|where|when|which))\b/giu;

/** Slashes that join letters but not two asks; digits ("24/7") never count as a join anyway. */
const SLASH_FIXED =
  /\b(?:and\/or|he\/she|his\/her|him\/her|s\/he|they\/them|pros\/cons|w\/o|w\/|n\/a|q\/a)/giu;

/**
 * "do you and your team decide", "when you and Sam disagree": the pair is the subject of a verb that
 * follows, introduced by an auxiliary or a clause word. Only the "and" is removed.
 */
const JOINT_SUBJECT =
  /\b((?:do|does|did|are|were|can|could|would|will|should|have|had|when|whenever|if|while|where|once|after|before|how|think|feel|believe|say|that|time|times|moment|day|week|way) (?:you|we|i) )and( (?:(?:your|my|our|the|their) [\p{L}'-]+|(?!(?:your|my|our|the|their)\b)[\p{L}'-]+))(?= \p{L})/giu;

const NEEDS_TWO =
  /\b(?:between|balance|balancing|compare|comparing|combine|combining|juggle|juggling|reconcile|difference|differences|relationship|mix|trade-?offs?|trade off)\b[^,;]*?\band\b/giu;

/**
 * Adjectives that describe one state or one quality together: "calm and focused", "safe and
 * supported", "a fair and useful review". The list holds the common ones; beyond it, endings that
 * only adjectives take (-ful, -less, -ous, -tive, -sive, -able, -ible).
 */
const ADJECTIVES: ReadonlySet<string> = new Set(
  [
    "calm focused safe supported fair steady tired stressed curious engaged short clear kind welcoming",
    "trusted stretched rested ready happy healthy honest open direct quick simple busy proud valued heard",
    "seen respected included motivated energised energized confident relaxed comfortable challenged",
    "grateful excited nervous lost stuck bored overwhelmed realistic concrete specific brief timely fresh",
    "light heavy slow fast good great friendly warm patient thoughtful sharp alert free connected informed",
    "involved prepared organised organized balanced stable secure appreciated recognised recognized",
    "encouraged empowered understood noticed calmer easier clearer better safer lighter quieter simpler",
    "fairer kinder faster shorter quiet gentle firm present settled",
  ]
    .join(" ")
    .split(" "),
);

export function isAdjective(word: string): boolean {
  return ADJECTIVES.has(word) || /^\p{L}{3,}(?:ful|less|ous|tive|sive|able|ible)$/u.test(word);
}

const INTENSIFIER = /^(?:more|less|very|so|really|quite|fully|truly)$/;

/**
 * "calm and focused", "safe and supported", "fair and (really) useful": one state, so one ask. After
 * "how" they are two scales to rate ("How happy and productive are you?"), so the join stays.
 */
function joinsAdjectives(words: readonly string[], at: number): boolean {
  const before = words[at - 1];
  let after = words[at + 1];
  if (after !== undefined && INTENSIFIER.test(after)) after = words[at + 2];
  if (before === undefined || after === undefined || !isAdjective(before) || !isAdjective(after))
    return false;
  return words[at - 2] !== "how";
}

/** Words after which a clause sets one scene: "when a plan changes…", and "a time you…" (with its article). */
const SCENE = /^(?:when|whenever|if|once|after|before|while|where)$/;
const SCENE_NOUN = /^(?:time|moment|day|week|situation|occasion)$/;
const ARTICLE = /^(?:a|an|the|that|one|this)$/;
/** Words that open a second ask or a second scene right after "and": "…and what you did next". */
const NEW_ASK =
  /^(?:what|what's|how|how's|why|who|whom|whose|which|where|when|whenever|if|whether|after|before|while|once|a|the)$/;

/**
 * "Tell me about a time you took a risk and it paid off", "What do you do when a plan changes and
 * nobody tells you?": the "and" carries one story on inside the scene, so there is one ask. The scene
 * word must come after the opener's first word ("When do you plan and review?" joins two), and a
 * question word or a new scene after the "and" is a second ask.
 */
function continuesScene(words: readonly string[], at: number): boolean {
  const after = words[at + 1];
  if (after === undefined || NEW_ASK.test(after)) return false;
  return (
    words
      .slice(1, at)
      // Stryker disable next-line StringLiteral: the slice starts at the second word, so a word before it always exists
      .some((word, index) => SCENE.test(word) || (SCENE_NOUN.test(word) && ARTICLE.test(words[index] ?? "")))
  );
}

/**
 * True when some "and" of the text joins two asks. In an open question, one state ("calm and
 * focused") or one story ("a time you took a risk and it paid off") is one ask; a yes/no question
 * asks for a yes or a no to each ("Is it fair and useful?").
 */
function joinsTwoAsks(text: string, open: boolean): boolean {
  const words = text.match(/[\p{L}\p{N}]+(?:'\p{L}+)*/gu) ?? [];
  return words.some(
    (word, at) => word === "and" && !(open && (joinsAdjectives(words, at) || continuesScene(words, at))),
  );
}

/**
 * "What's one thing, big or small, that helped?": an "or" in a part set off by commas in the middle
 * of the question is an aside that means "any", not options to pick from.
 */
function withoutAsides(body: string): string {
  const parts = body.split(", ");
  if (parts.length < 3) return body;
  return parts
    .filter((part, index) => index === 0 || index === parts.length - 1 || !/\bor\b/i.test(part))
    .join(", ");
}

const CHOICE_CUE =
  /\b(?:which|rather|prefer|prefers|preferred|choose|pick|either|more|less|better|worse|best|worst|harder|easier|bigger|smaller)\b/i;

interface Joins {
  /** A forced choice was found; "or not" or "or". */
  forced: "or not" | "or" | null;
  /** The join that makes it double-barreled ("and", "or", "/"), or null. */
  double: string | null;
}

/** Reads the joining words of one question clause. */
export function readJoins(clause: Clause): Joins {
  const joined = withoutAsides(clause.body)
    // Stryker disable next-line StringLiteral: whatever replaces a leading "and", "or" or "but" here holds no joining word of its own
    .replace(/^\s*(?:and|or|but)\b/i, "")
    .replace(/\s+&\s+/g, " and ")
    .replace(/\bas well as\b/gi, " and ")
    .replace(JOINT_SUBJECT, "$1&$2")
    .toLowerCase()
    .replace(AND_FIXED, " ")
    // Stryker disable next-line StringLiteral: the "and" removed stands between two spaces, so nothing is glued together without this one
    .replace(NEEDS_TWO, (match) => match.replace(/\band$/, " "))
    .replace(SLASH_FIXED, " ");
  const withoutFixedOr = joined.replace(OR_FIXED, " ");
  let forced: Joins["forced"] = null;
  let double: string | null = null;
  if (/\bor not\b/.test(withoutFixedOr)) {
    forced = "or not";
  } else if (/\bor\b/.test(withoutFixedOr)) {
    const choice =
      clause.opener === null ||
      clause.opener.kind === "closed" ||
      CHOICE_CUE.test(withoutFixedOr) ||
      /,[^,]*\bor\b/.test(withoutFixedOr);
    if (choice) forced = "or";
    else double = "or";
  }
  if (joinsTwoAsks(withoutFixedOr, clause.opener?.kind === "open")) double = "and";
  else if (double === null && /\p{L}\/\p{L}/u.test(withoutFixedOr)) double = "/";
  return { forced, double };
}

/** double_barreled: one question that joins two asks. */
export const doubleBarreledRule: TextRule = (_text, clauses) => {
  for (const clause of clauses) {
    const { double } = readJoins(clause);
    if (double === null) continue;
    return {
      code: "double_barreled",
      message: `It joins two asks with “${double}”, so people answer one (usually the easier) and the other gets lost.`,
      suggestion: doubleSuggestion(clause.body),
    };
  }
  return null;
};

/** forced_choice: "X or Y?" and "… or not?" hand over the possible answers. */
export const forcedChoiceRule: TextRule = (_text, clauses) => {
  for (const clause of clauses) {
    const { forced } = readJoins(clause);
    if (forced === null) continue;
    const suggestion =
      forced === "or not"
        ? "Drop “or not” and ask openly, e.g. “How do you feel about it?”"
        : "Drop the options and let them answer in their own words, e.g. “What would work best for you?”";
    return {
      code: "forced_choice",
      message:
        forced === "or not"
          ? "“… or not?” leaves two answers, and the one that matters may be neither."
          : "It offers fixed options, so the answer you most need to hear may be neither of them.",
      suggestion,
    };
  }
  return null;
};
