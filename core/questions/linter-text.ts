/**
 * Text shaping for the question linter: normalising what a leader typed, cutting it into sentences and
 * comma-separated parts, and finding where the actual question starts (its opener).
 *
 * The rules judge a question mostly by its first words, so the hard part is finding those words:
 * "Looking back at the quarter, did anything stand out?" opens with "did", not "looking".
 */

/** Auxiliary and modal verbs: a question that opens with one can be answered yes or no. */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  "do does did is are was were can could will would should have has had am may shall might must".split(" "),
);

const NEGATIVE_STEMS = "is are was were do does did could would should have has had must might need".split(
  " ",
);

/** Negative contractions, with and without the apostrophe (people type "dont" as often as "don't"). */
export const NEGATIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...NEGATIVE_STEMS.flatMap((stem) => [`${stem}n't`, `${stem}nt`]),
  ..."can't cant won't wont shan't ain't aint".split(" "),
]);

/** "Anything else?" is "Is there anything else?" with the verb dropped: still a yes/no question. */
const ELLIPTICAL_CLOSED: ReadonlySet<string> = new Set(["any", "anything", "anyone", "anybody"]);

const INTERROGATIVES: ReadonlySet<string> = new Set("what whats how hows who whom whose which".split(" "));

/** Invitations that open a conversation without a question word ("Tell me about…", "Walk me through…"). */
const OPEN_IMPERATIVES: ReadonlySet<string> = new Set(
  [
    "tell describe walk share talk explain help imagine think say give list name paint picture suppose",
    "let's lets reflect recall remember finish complete sketch show summarize summarise outline",
  ]
    .join(" ")
    .split(" "),
);

/** Words that start a part without being its opener: "So, how…", "And is it…", "Just curious, what…". */
const FILLER =
  /^(?:(?:and|but|so|or|then|also|well|ok|okay|now|honestly|actually|just|oh|hey|please|anyway|anyways)\b[\s,]*)+/i;

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

export type OpenerKind = "open" | "closed" | "why";

export interface Opener {
  kind: OpenerKind;
  /** The opener's words, lower case, fillers removed: ["is", "the", "project", …]. */
  words: string[];
}

export interface Clause {
  /** The sentence as typed (normalised), without its final punctuation. */
  text: string;
  /** Whether the sentence ended with a question mark. */
  asked: boolean;
  /** The sentence cut at commas, colons and dashes. */
  parts: string[];
  /** Where the question starts; null when no part opens like a question ("You're happy here, right?"). */
  opener: Opener | null;
  /**
   * The question itself, from its opener to the end, fillers removed, original case.
   * With no opener it is the whole sentence when the sentence was asked, and "" for a statement.
   */
  body: string;
  /** True when the last part is a tag such as "right" or "aren't you" (it is never the opener). */
  tagged: boolean;
}

/** Straight quotes, single spaces, newlines kept as sentence breaks, common abbreviations without dots. */
export function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u02BC\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\uFF1F/g, "?")
    .replace(/\u2026/g, "...")
    .replace(/\u00BF|\u200B|\u200C|\u200D|\uFEFF/g, "")
    .replace(/\b(e\.g|i\.e|etc|vs|mr|mrs|ms|dr)\./gi, (_match, abbreviation: string) =>
      abbreviation.replace(/\./g, ""),
    )
    .replace(/[^\S\n]+/g, " ")
    .replace(/ *\n[\s]*/g, "\n")
    .trim();
}

/** Lower-case words, apostrophes kept inside a word ("isn't", "what's"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function hasContent(text: string): boolean {
  return HAS_CONTENT.test(text);
}

interface RawSentence {
  text: string;
  asked: boolean;
}

/**
 * Cuts text at "?", at ".", "!" and ";" followed by a space, and at newlines.
 * A run such as "?!" or "??" ends one sentence: it is emphasis, not a second question.
 * Sentences with no letter or digit are dropped, so "???" asks nothing, and a "?" with no words of its
 * own marks the sentence before it as asked.
 */
export function splitSentences(text: string): RawSentence[] {
  const sentences: RawSentence[] = [];
  let current = "";
  const push = (asked: boolean): void => {
    if (hasContent(current)) sentences.push({ text: current.trim(), asked });
    current = "";
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (char === "?") {
      while ("?!".includes(text.charAt(index + 1)) && index + 1 < text.length) index += 1;
      const previous = sentences[sentences.length - 1];
      // A "?" after a line break or a full stop belongs to the words before it ("What\n?").
      if (!hasContent(current) && previous !== undefined) previous.asked = true;
      push(true);
    } else if (char === "\n") {
      push(false);
    } else if (".!;".includes(char) && /\s|^$/.test(text.charAt(index + 1))) {
      push(false);
    } else {
      current += char;
    }
  }
  push(false);
  return sentences;
}

function splitParts(sentence: string): string[] {
  return sentence
    .split(/\s*(?:[,:(){}[\]"]|\s[-\u2013\u2014]\s|[\u2013\u2014])\s*/)
    .filter((part) => hasContent(part));
}

/**
 * "right", "correct", "innit", "aren't you", "did it", "am I right", "isn't that so", "don't you
 * think"… the last words of a tag question. "do you think" and "would you say" are no tag: they ask
 * for a view ("How did it go, do you think?"); only the negative forms expect one answer.
 */
export function isTag(part: string): boolean {
  const words = wordsOf(part);
  const [first, second, third] = words;
  if (first === undefined) return false;
  if (words.length === 1)
    return /^(right|correct|yes|no|yeah|yep|ok|okay|true|agreed|huh|eh|innit|fair)$/.test(first);
  const pronoun = /^(it|you|they|we|he|she|i|that|this|there)$/;
  const negative = NEGATIVE_AUXILIARIES.has(first);
  const auxiliary = AUXILIARIES.has(first) || negative;
  // "…, I assume?", "…, I guess?", "…, I take it?": the leader's own answer, handed over for a nod.
  const assumption = /^(assume|guess|suppose|hope|bet|reckon|imagine|presume|think)$/;
  if (words.length === 2) {
    if (first === "i") return second !== undefined && assumption.test(second);
    return auxiliary && second !== undefined && pronoun.test(second);
  }
  if (first === "i" && second === "take" && third === "it") return words.length === 3;
  if (words.length !== 3 || !auxiliary || second === undefined) return false;
  // Stryker disable next-line StringLiteral: a part of three words always has a third; the fallback only narrows the type
  const last = third ?? "";
  if (pronoun.test(second) && /^(right|so|true|correct)$/.test(last)) return true;
  return second === "you" && (last === "agree" || (negative && /^(think|say|reckon)$/.test(last)));
}

/**
 * Words that follow an auxiliary when its subject was dropped ("Would love to hear…", "Was wondering
 * how…", "Can't wait to hear…", "Could be worth a chat"): a statement of the leader's, not a question.
 */
const AFTER_DROPPED_SUBJECT: ReadonlySet<string> = new Set(
  "love like appreciate wondering thinking hoping wait be".split(" "),
);

function classify(words: string[]): OpenerKind | null {
  const [first, second] = words;
  if (first === undefined) return null;
  const auxiliary = AUXILIARIES.has(first) || NEGATIVE_AUXILIARIES.has(first);
  if (auxiliary && second !== undefined && AFTER_DROPPED_SUBJECT.has(second)) return null;
  // "Have a think: …", "Have a look at…" invite; a question would say "Has a…" or "Have any…".
  if (first === "have" && (second === "a" || second === "an")) return null;
  if (NEGATIVE_AUXILIARIES.has(first)) return "closed";
  const stem = first.split("'")[0] ?? first;
  if (stem === "why" || stem === "whyd") return "why";
  if (INTERROGATIVES.has(stem)) return "open";
  if (stem === "when" || stem === "where") {
    // "When did…" asks; "When you think about it, …" only sets the scene.
    const asks =
      first.includes("'") ||
      second === undefined ||
      AUXILIARIES.has(second) ||
      NEGATIVE_AUXILIARIES.has(second);
    return asks ? "open" : null;
  }
  // "Do tell me more" is an emphatic invitation, not a yes/no question.
  if (stem === "do" && second !== undefined && OPEN_IMPERATIVES.has(second)) return "open";
  if (AUXILIARIES.has(stem) || ELLIPTICAL_CLOSED.has(stem)) return "closed";
  // "Let's" is kept whole: its stem "let" alone ("Let me know…") is not an invitation to talk.
  if (OPEN_IMPERATIVES.has(first) || OPEN_IMPERATIVES.has(stem)) return "open";
  return null;
}

function withoutFiller(part: string): string {
  return part.replace(/^[^\p{L}\p{N}]+/u, "").replace(FILLER, "");
}

/**
 * Open openers that only lead in to the real question: "What do you think — is the plan realistic?"
 * asks for a yes or a no, and "Tell me, why did it slip?" for a justification.
 */
const LEAD_IN =
  /^(?:what do you (?:think|reckon|say)|what would you say|what's your (?:take|view|sense|read|opinion|gut feeling)|what is your (?:take|view)|tell me|tell me honestly)$/;

/** Words that start a yes/no question whose verb was dropped: "Ready for Friday?", "Got a minute?". */
const ELLIPTICAL_START: ReadonlySet<string> = new Set(
  "ready happy ok okay alright free fine comfortable sure done finished feeling enjoying got keen excited worried nervous settled busy available still good clear set sorted".split(
    " ",
  ),
);
/** Subjects of such a question: "You ok?", "Everything ok?", "Things going well?", "All good?". */
const ELLIPTICAL_SUBJECT: ReadonlySet<string> = new Set(
  "you everything everyone everybody things all we".split(" "),
);
const ELLIPTICAL_AFTER_SUBJECT: ReadonlySet<string> = new Set("doing going getting settling".split(" "));

/** "Is it…?" with its verb dropped: "Everything ok?", "You doing ok?", "Happy with the plan?". */
export function isElliptical(words: readonly string[]): boolean {
  const [first, second] = words;
  if (first === undefined) return false;
  if (ELLIPTICAL_START.has(first)) return true;
  if (!ELLIPTICAL_SUBJECT.has(first) || second === undefined) return false;
  return ELLIPTICAL_START.has(second) || ELLIPTICAL_AFTER_SUBJECT.has(second);
}

/** Asides that start like a yes/no question but ask nothing: "…, do you think?", "…, anything at all?". */
const PARENTHETICAL =
  /^(?:(?:do|did|does|would) you (?:think|say|reckon|feel|guess|suppose|know)|anything at all|is that fair to say)$/;

/**
 * "What's on your plate — anything I can take?", "How are you, do you need anything?": a yes/no
 * question after an open one, in the same sentence. People answer the last ask, so the sentence is
 * closed. Returns the index of that part, or -1.
 */
function laterClosedPart(cleaned: readonly string[], opener: number): number {
  return cleaned.findIndex((part, index) => {
    if (index <= opener) return false;
    const words = wordsOf(part);
    return classify(words) === "closed" && !PARENTHETICAL.test(words.join(" "));
  });
}

function clauseOf(
  sentence: RawSentence,
  parts: string[],
  tagged: boolean,
  at: number,
  part: string,
  kind: OpenerKind,
): Clause {
  const body = [part, ...parts.slice(at + 1)].join(", ");
  return {
    text: sentence.text,
    asked: sentence.asked,
    parts,
    opener: { kind, words: wordsOf(part) },
    body,
    tagged,
  };
}

/**
 * Cuts a sentence into parts and finds its opener: the first part that starts like a question, or the
 * closed or why part right after a lead-in ("What do you think, is it worth it?"). An asked sentence
 * with no such part that starts like a question with its verb dropped ("Ready for Friday?") is closed.
 */
export function toClause(sentence: RawSentence): Clause {
  const parts = splitParts(sentence.text);
  const lastPart = parts[parts.length - 1];
  const tagged = lastPart !== undefined && parts.length > 1 && isTag(lastPart);
  const searchable = tagged ? parts.slice(0, -1) : parts;
  const cleaned = searchable.map(withoutFiller);
  for (let index = 0; index < cleaned.length; index += 1) {
    // Stryker disable next-line StringLiteral: the index is always inside the list; the fallback only narrows the type
    const part = cleaned[index] ?? "";
    const words = wordsOf(part);
    const kind = classify(words);
    if (kind === null) continue;
    // Stryker disable next-line StringLiteral: past the last part there is no opener, whatever the fallback
    const next = cleaned[index + 1] ?? "";
    const nextKind = classify(wordsOf(next));
    if (nextKind !== null && nextKind !== "open" && LEAD_IN.test(words.join(" "))) {
      return clauseOf(sentence, parts, tagged, index + 1, next, nextKind);
    }
    // "What, if anything, would you like?" is one question cut by an aside: its opener asks nothing yet.
    const later = kind === "open" && words.length >= 3 ? laterClosedPart(cleaned, index) : -1;
    // Stryker disable next-line StringLiteral: a part found by laterClosedPart always exists; the fallback only narrows the type
    if (later > index) {
      // The body keeps the open part too, so that joins across both are read ("…, or is there none?").
      const clause = clauseOf(sentence, parts, tagged, index, part, "closed");
      return { ...clause, opener: { kind: "closed", words: wordsOf(cleaned[later] ?? "") } };
    }
    return clauseOf(sentence, parts, tagged, index, part, kind);
  }
  const first = cleaned.findIndex((part) => hasContent(part));
  const start = cleaned[first];
  if (sentence.asked && !tagged && start !== undefined && isElliptical(wordsOf(start))) {
    return clauseOf(sentence, parts, tagged, first, start, "closed");
  }
  const body = sentence.asked ? sentence.text : "";
  return { text: sentence.text, asked: sentence.asked, parts, opener: null, body, tagged };
}

/**
 * The sentences the question-shape rules look at: those that end with "?", or, when nothing does,
 * every sentence (a leader often leaves the question mark off: "Is the project going well").
 */
export function questionClauses(text: string): Clause[] {
  const sentences = splitSentences(text);
  const asked = sentences.filter((sentence) => sentence.asked);
  return (asked.length > 0 ? asked : sentences).map(toClause);
}
