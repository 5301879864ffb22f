/**
 * Suggested rewrites for the question linter. A rewrite is offered only where it can be derived
 * mechanically from the words typed ("Is the project going well?" → "How is the project going for you?");
 * otherwise the linter falls back to a way of opening the question. A wrong rewrite teaches the wrong
 * lesson, so every pattern here is narrow on purpose.
 */

const DETERMINER = "(?:the|your|my|our|their|his|her|this|that|a|an)";
const NOUN_ADJECTIVES = "(?:(?:other|more|further|big|major|open|specific|new|particular|real) )*";
const WORD = "[\\p{L}'-]+";
const SUBJECT = `(you|we|they|he|she|i|(?:the|your) ${WORD}|${WORD})`;

/** First letter upper case, the rest as typed (names keep their capitals). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Wraps a question in curly quotes, with one final question mark. */
export function quoted(question: string): string {
  return `“${capitalize(question.trim().replace(/[\s?.!]+$/, ""))}?”`;
}

const OBJECT_PRONOUN: Readonly<Record<string, string>> = {
  i: "me",
  we: "us",
  they: "them",
  he: "him",
  she: "her",
};

function asObject(subject: string): string {
  return OBJECT_PRONOUN[subject.toLowerCase()] ?? subject;
}

/** "anything else on your mind" → "What else is on your mind?" and a few similar shapes. */
function rewriteAnything(orElse: string, rest: string): string | null {
  const suffix = orElse === "" ? "" : " else";
  if (rest === "") return `What${suffix} is on your mind?`;
  if (/^(on|in|about|at|from|for|\p{L}+ing)\b/iu.test(rest)) return `What${suffix} is ${rest}?`;
  const wish = rest.match(/^(?:that )?you(?:'d| would) like to (.+)$/i);
  if (wish?.[1] !== undefined) return `What${suffix} would you like to ${wish[1]}?`;
  const want = rest.match(/^(?:that )?you (want|need) (.+)$/i);
  // Stryker disable next-line ConditionalExpression: a match always fills this required group; the check only narrows the type
  if (want?.[1] !== undefined && want[2] !== undefined) return `What${suffix} do you ${want[1]} ${want[2]}?`;
  const offer = rest.match(/^(?:that )?(I|we) (can|could|should) (.+)$/i);
  // Stryker disable next-line ConditionalExpression: a match always fills these required groups; the checks only narrow the type
  if (offer?.[1] !== undefined && offer[2] !== undefined && offer[3] !== undefined) {
    return `What${suffix} ${offer[2]} ${offer[1]} ${offer[3]}?`;
  }
  return null;
}

function rewriteClosedBody(body: string): string | null {
  const going = body.match(
    /^(is|are|was|were) (.+?) going(?: (?:well|ok|okay|alright|all right|fine|smoothly|badly|to plan|according to plan))?$/i,
  );
  // Stryker disable next-line ConditionalExpression: a match always fills this required group; the check only narrows the type
  if (going?.[1] !== undefined && going[2] !== undefined) {
    return `How ${going[1].toLowerCase()} ${going[2]} going for you?`;
  }
  const things = body.match(
    /^(is|are|was|were) (?:everything|things|it|all) (?:ok|okay|alright|all right|fine|good|well)$/i,
  );
  if (things?.[1] !== undefined) {
    // Stryker disable next-line Regex: the group is exactly is, are, was or were, so either anchor alone tells them apart
    return /^(is|are)$/i.test(things[1]) ? "How are things going for you?" : "How did things go for you?";
  }
  const feeling = body.match(
    /^(are|were) you (?:feeling )?(?:happy|satisfied|comfortable|ok|okay|fine|good|content|excited|worried|stressed|nervous|frustrated|confident|clear|unhappy|concerned|anxious) (?:with|about) (.+)$/i,
  );
  // Stryker disable next-line ConditionalExpression: a match always fills this required group; the check only narrows the type
  if (feeling?.[1] !== undefined && feeling[2] !== undefined) {
    // Stryker disable next-line Regex: the group is exactly are or were, so either anchor alone tells them apart
    return `How ${/^are$/i.test(feeling[1]) ? "do" : "did"} you feel about ${feeling[2]}?`;
  }
  const state = body.match(/^(are|were) you (ok|okay|alright|all right|fine|good)$/i);
  if (state?.[1] !== undefined) return `How ${state[1].toLowerCase()} you doing?`;
  const mood = body.match(
    /^(are|were) you (happy|satisfied|comfortable|content|excited|worried|stressed|nervous|frustrated|confident|clear)\b(.*)$/i,
  );
  if (mood?.[1] !== undefined && mood[2] !== undefined) {
    return `How ${mood[2].toLowerCase()} ${mood[1].toLowerCase()} you${mood[3] ?? ""}?`;
  }
  const polite = body.match(
    /^(?:can|could|would|will) you (?:please )?(tell|walk|talk|describe|explain|share|show|give)\b(.*)$/i,
  );
  if (polite?.[1] !== undefined) {
    return `${capitalize(polite[1].toLowerCase())}${(polite[2] ?? "").replace(/,? please$/i, "")}.`;
  }
  const liking = body.match(/^(do|did) you (?:really )?(?:like|enjoy|love|hate|dislike) (.+)$/i);
  // Stryker disable next-line ConditionalExpression: a match always fills this required group; the check only narrows the type
  if (liking?.[1] !== undefined && liking[2] !== undefined) {
    return `How ${liking[1].toLowerCase()} you feel about ${liking[2]}?`;
  }
  const having = body.match(
    new RegExp(`^(do|did) you have (?:any|some) (${NOUN_ADJECTIVES})(${WORD})(.*)$`, "iu"),
  );
  // Stryker disable next-line ConditionalExpression: a match always fills this required group; the check only narrows the type
  if (having?.[1] !== undefined && having[3] !== undefined) {
    return `What ${having[2] ?? ""}${having[3]} ${having[1].toLowerCase()} you have${having[4] ?? ""}?`;
  }
  const thereAny = body.match(new RegExp(`^(is|are) there any (${NOUN_ADJECTIVES})(${WORD})(.*)$`, "iu"));
  if (thereAny?.[1] !== undefined && thereAny[3] !== undefined && !/^(thing|one|body)$/i.test(thereAny[3])) {
    return `What ${thereAny[2] ?? ""}${thereAny[3]} ${thereAny[1].toLowerCase()} there${thereAny[4] ?? ""}?`;
  }
  const thereAnything = body.match(/^(?:is|are) there (?:anything|something)( else)? ?(.*)$/i);
  if (thereAnything !== null) return rewriteAnything(thereAnything[1] ?? "", thereAnything[2] ?? "");
  // Only "anything" opens a closed question ("Something else?" has no opener), so it is the only one here.
  const anything = body.match(/^anything( else)? ?(.*)$/i);
  if (anything !== null) return rewriteAnything(anything[1] ?? "", anything[2] ?? "");
  const anyNoun = body.match(new RegExp(`^any (${NOUN_ADJECTIVES})(${WORD})(.*)$`, "iu"));
  if (anyNoun?.[2] !== undefined)
    return `What ${anyNoun[1] ?? ""}${anyNoun[2]} do you have${anyNoun[3] ?? ""}?`;
  return null;
}

/** A rewrite for a question that opens with an auxiliary verb, or a way to open it. */
export function closedSuggestion(body: string): string {
  const rewrite = rewriteClosedBody(body.trim());
  if (rewrite !== null) return `Try: “${rewrite}”`;
  return "Try opening with “What…” or “How…”, e.g. “How do you see it?”";
}

const PAST_NEGATIVE = /^(?:didn't|didnt|couldn't|couldnt|wouldn't|wouldnt)$/i;

/** A rewrite for a why-question: ask about what happened, not for a justification. */
export function whySuggestion(body: string): string {
  const text = body.trim();
  if (/^why not\b/i.test(text)) return "Try: “What options do you see?”";
  const negative = text.match(
    new RegExp(
      `^why (didn't|didnt|don't|dont|doesn't|doesnt|can't|cant|couldn't|couldnt|won't|wont|wouldn't|wouldnt) ${SUBJECT} (.+)$`,
      "iu",
    ),
  );
  // Stryker disable next-line ConditionalExpression: a match always fills this required group; the check only narrows the type
  if (negative?.[1] !== undefined && negative[3] !== undefined) {
    const tense = PAST_NEGATIVE.test(negative[1]) ? "made" : "makes";
    return `Try: “What ${tense} it hard to ${negative[3]}?”`;
  }
  const motive = text.match(new RegExp(`^why (did|do|does) ${SUBJECT} (.+)$`, "iu"));
  // Stryker disable next-line ConditionalExpression: a match always fills these required groups; the checks only narrow the type
  if (motive?.[1] !== undefined && motive[2] !== undefined && motive[3] !== undefined) {
    const subject = asObject(motive[2]);
    if (motive[1].toLowerCase() === "did") return `Try: “What led ${subject} to ${motive[3]}?”`;
    return `Try: “What makes ${subject} ${motive[3]}?”`;
  }
  const delay =
    /^why (?:was|were|is|are|has|have|had)\b.*\b(?:late|delayed|slow|behind|missed|blocked|stuck|slipping|slipped|overdue|postponed)\b/i;
  if (delay.test(text) || /^why \p{L}+n'?t\b/iu.test(text)) return "Try: “What got in the way?”";
  return "Ask what happened rather than for a justification: try “What led to…?” or “What got in the way?”";
}

/** A rewrite for advice dressed as a question: ask for their options instead of offering yours. */
export function adviceSuggestion(text: string): string {
  if (/\b(?:have you tried|did you try)\b/i.test(text)) return "Try: “What have you tried so far?”";
  if (
    /\b(?:have you (?:considered|thought about|thought of|looked into)|ever (?:considered|thought))\b/i.test(
      text,
    )
  ) {
    return "Try: “What options have you considered?”";
  }
  const about = text.match(/\b(?:what|how) about (.+?)[?.!]*$/i);
  const topic = about?.[1];
  if (topic !== undefined && !/^(\p{L}+ing|you|we|i|they)\b/iu.test(topic)) {
    return `Try: “How are you thinking about ${topic}?”`;
  }
  return "Try: “What options do you see?”";
}

function singularVerb(prefix: string, nounPhrase: string): string {
  // Stryker disable next-line MethodExpression: both noun phrases are cut from the trimmed question at a space
  if (/s$/i.test(nounPhrase.trim())) return prefix;
  return prefix.replace(/^(how|what|where) are /i, "$1 is ").replace(/^(how|what|where) were /i, "$1 was ");
}

/** Splits a double-barreled question into its two asks when their boundary is clear. */
export function doubleSuggestion(body: string): string {
  const text = body.trim();
  const twoQuestions = text.match(/^(.+?),? (?:and|or) ((?:what|how|who|why|where|when|which)\b.*)$/i);
  if (twoQuestions?.[1] !== undefined && twoQuestions[2] !== undefined) {
    return `Ask each on its own: ${quoted(twoQuestions[1])}, then ${quoted(twoQuestions[2])}`;
  }
  const pair = text.match(new RegExp(`^(.+) and (${DETERMINER} [^,]+)$`, "iu"));
  const left =
    pair?.[1] !== undefined ? pair[1].match(new RegExp(`^(.*\\b)(${DETERMINER} [^,]+)$`, "iu")) : null;
  if (pair?.[2] !== undefined && left?.[1] !== undefined && left[2] !== undefined && left[1] !== "") {
    const first = `${singularVerb(left[1], left[2])}${left[2]}`;
    const second = `${singularVerb(left[1], pair[2])}${pair[2]}`;
    return `Ask each on its own: ${quoted(first)}, then ${quoted(second)}`;
  }
  return "Ask each part on its own, and wait for the answer in between.";
}
