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

/** "right", "correct", "aren't you", "did it", "am I right"… the last words of a tag question. */
export function isTag(part: string): boolean {
  const words = wordsOf(part);
  const [first, second, third] = words;
  if (first === undefined) return false;
  if (words.length === 1) return /^(right|correct|yes|no|yeah|yep|ok|okay|true|agreed|huh|eh)$/.test(first);
  const pronoun = /^(it|you|they|we|he|she|i|that|this|there)$/;
  const auxiliary = AUXILIARIES.has(first) || NEGATIVE_AUXILIARIES.has(first);
  if (words.length === 2) return auxiliary && second !== undefined && pronoun.test(second);
  return words.length === 3 && auxiliary && third === "right";
}

function classify(words: string[]): OpenerKind | null {
  const [first, second] = words;
  if (first === undefined) return null;
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

/** Cuts a sentence into parts and finds its opener: the first part that starts like a question. */
export function toClause(sentence: RawSentence): Clause {
  const parts = splitParts(sentence.text);
  const lastPart = parts[parts.length - 1];
  const tagged = lastPart !== undefined && parts.length > 1 && isTag(lastPart);
  const searchable = tagged ? parts.slice(0, -1) : parts;
  for (let index = 0; index < searchable.length; index += 1) {
    // Stryker disable next-line StringLiteral: the index is always inside the list; the fallback only narrows the type
    const part = withoutFiller(searchable[index] ?? "");
    const words = wordsOf(part);
    const kind = classify(words);
    if (kind !== null) {
      const body = [part, ...parts.slice(index + 1)].join(", ");
      return { text: sentence.text, asked: sentence.asked, parts, opener: { kind, words }, body, tagged };
    }
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
