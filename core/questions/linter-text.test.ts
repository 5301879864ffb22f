import { describe, expect, it } from "vitest";
import { isTag, normalize, questionClauses, splitSentences, toClause, wordsOf } from "./linter-text";

describe("normalize", () => {
  it("straightens every apostrophe and quotation mark a keyboard or a word processor produces", () => {
    expect(normalize("a\u2018b\u2019c\u201Ad\u201Be\u02BCf\u2032g\u00B4h`i")).toBe("a'b'c'd'e'f'g'h'i");
    expect(normalize("\u201Ca\u201D\u201Eb\u201F\u2033")).toBe('"a""b""');
  });

  it("reads a full-width question mark as one, and drops inverted marks and invisible characters", () => {
    expect(normalize("a\uFF1F")).toBe("a?");
    expect(normalize("\u00BFa\u200Bb\u200Cc\u200Dd\uFEFFe")).toBe("abcde");
  });

  it("drops the dots of common abbreviations, whatever their case, and only of those", () => {
    expect(normalize("e.g. i.e. etc. vs. mr. mrs. ms. dr. E.G. Dr. a.m.")).toBe(
      "eg ie etc vs mr mrs ms dr EG Dr a.m.",
    );
  });

  it("keeps line breaks as the only breaks, with single spaces and no edges", () => {
    expect(normalize("  a  \t b \n\n  c\t\nd  ")).toBe("a b\nc\nd");
    expect(normalize("a\n  b")).toBe("a\nb");
  });
});

describe("splitSentences", () => {
  it("ends a sentence at a run of question and exclamation marks, once", () => {
    expect(splitSentences("What?! Next?? x?!?y")).toEqual([
      { text: "What", asked: true },
      { text: "Next", asked: true },
      { text: "x", asked: true },
      { text: "y", asked: false },
    ]);
    expect(splitSentences("x?!y")).toEqual([
      { text: "x", asked: true },
      { text: "y", asked: false },
    ]);
  });

  it("cuts at a full stop, bang or semicolon followed by a space or the end, and at a line break", () => {
    expect(splitSentences("a. b! c; d\ne.")).toEqual(
      ["a", "b", "c", "d", "e"].map((text) => ({ text, asked: false })),
    );
    expect(splitSentences("v1.2 x!y;z")).toEqual([{ text: "v1.2 x!y;z", asked: false }]);
  });

  it("gives a question mark with no words of its own to the sentence before it", () => {
    expect(splitSentences("What\n?")).toEqual([{ text: "What", asked: true }]);
    expect(splitSentences("What. ?")).toEqual([{ text: "What", asked: true }]);
    expect(splitSentences("?What")).toEqual([{ text: "What", asked: false }]);
    expect(splitSentences("What.?")).toEqual([{ text: "What.", asked: true }]);
  });

  it("trims each sentence and drops those without a letter or digit", () => {
    expect(splitSentences(" a ? - ; 1 ")).toEqual([
      { text: "a", asked: true },
      { text: "1", asked: false },
    ]);
  });
});

describe("words and tags", () => {
  it("finds no word in punctuation alone", () => {
    expect(wordsOf("?! -- ...")).toEqual([]);
  });

  it("keeps apostrophes inside words only", () => {
    expect(wordsOf("'Isn't' it WHAT'S-up, o'clock 2nd")).toEqual([
      "isn't",
      "it",
      "what's",
      "up",
      "o'clock",
      "2nd",
    ]);
  });

  it.each([
    ["right", true],
    ["Correct", true],
    ["no", true],
    ["maybe", false],
    ["isn't it", true],
    ["dont you", true],
    ["is it not", false],
    ["did Sam", false],
    ["you did", false],
    ["am I right", true],
    ["aren't we right", true],
    ["am I wrong", false],
    ["you are right", false],
    ["is it right now", false],
    ["", false],
  ])("%j is a tag: %j", (part, expected) => {
    expect(isTag(part)).toBe(expected);
  });
});

describe("clauses", () => {
  it("finds the opener after a scene-setting part, and keeps the rest as the body", () => {
    expect(toClause({ text: "Looking back, did anything stand out, overall", asked: true })).toEqual({
      text: "Looking back, did anything stand out, overall",
      asked: true,
      parts: ["Looking back", "did anything stand out", "overall"],
      opener: { kind: "closed", words: ["did", "anything", "stand", "out"] },
      body: "did anything stand out, overall",
      tagged: false,
    });
  });

  it("never takes a tag as the opener, and keeps an asked sentence whole as the body when there is none", () => {
    expect(toClause({ text: "You're in, aren't you", asked: true })).toMatchObject({
      opener: null,
      body: "You're in, aren't you",
      tagged: true,
    });
    expect(toClause({ text: "You're in, aren't you", asked: false })).toMatchObject({
      opener: null,
      body: "",
    });
    expect(toClause({ text: "Right", asked: true })).toMatchObject({ tagged: false, opener: null });
  });

  it("cuts parts at commas, colons, brackets, quotes and spaced or long dashes, not at hyphens", () => {
    expect(
      toClause({ text: 'a, b: c (d) {e} [f] "g" h - i \u2013 j\u2014k well-being', asked: false }).parts,
    ).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k well-being"]);
  });

  it("judges asked sentences only, or all of them when none is asked", () => {
    expect(questionClauses("a. b? c").map((clause) => clause.text)).toEqual(["b"]);
    expect(questionClauses("a. b").map((clause) => clause.text)).toEqual(["a", "b"]);
  });
});
