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
 * 6. Any other "and", "as well as", or a slash between two words ("home/work") is double_barreled:
 *    two objects ("the project and your team"), two verbs ("enjoy and find hard"), or two questions
 *    ("What went wrong and who is to blame?").
 */
import { doubleSuggestion } from "./linter-rewrites";
import type { TextRule } from "./linter-rules";
import type { Clause } from "./linter-text";

const AND_FIXED =
  /\b(?:pros and cons|ups and downs|back and forth|give and take|trial and error|now and then|here and there|more and more|again and again|over and over|up and running|black and white|and so on|and so forth|ins and outs|nuts and bolts|do'?s and don'?ts|highs and lows|in and out|on and off|first and foremost|by and large|odds and ends|wear and tear|bread and butter|safe and sound|peace and quiet|loud and clear|sick and tired|hit and miss|touch and go|try and|and a half|research and development|q and a|r and d)\b/giu;

const OR_FIXED =
  /\b(?:whether or not|more or less|sooner or later|give or take|make or break|sink or swim|one way or another|or so|or something|or anything|or anyone|or anybody|or whatever|or similar|or other|or another|or two|(?:one|two|three|four|five|\d+) or (?:three|four|five|six|seven|more|\d+)|(?:who|what|how|why|where|when|which) or (?:who|what|how|why|where|when|which))\b/giu;

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
  const joined = clause.body
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
  if (/\band\b/.test(withoutFixedOr)) double = "and";
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
