import { describe, expect, it } from "vitest";
import { type LintCode, lintQuestion } from "./linter";
import { findings } from "./linter-testing";

/**
 * Every opener the linter knows, one example each: the negative contractions with and without their
 * apostrophe, the modal verbs, the elliptical "Any…?", the question words, the invitations, and the
 * fillers skipped before an opener. A leading finding is written with the cue its message names.
 */
function codesOf(text: string): LintCode[] {
  return lintQuestion(text).findings.map((finding) => finding.code);
}

const negativeOpener = (word: string) => ["closed", `leading the negative opener “${word}…”`];

describe("negative contractions open a closed, leading question", () => {
  it.each([
    ["Won't that be hard?", "Won't"],
    ["Wont that be hard?", "Wont"],
    ["Isnt the plan risky?", "Isnt"],
    ["Arent you tired?", "Arent"],
    ["Wasnt it fun?", "Wasnt"],
    ["Werent they there?", "Werent"],
    ["Dont they know?", "Dont"],
    ["Doesnt it work?", "Doesnt"],
    ["Didnt it work?", "Didnt"],
    ["Couldnt we wait?", "Couldnt"],
    ["Wouldnt that help?", "Wouldnt"],
    ["Havent you finished?", "Havent"],
    ["Hasnt it shipped?", "Hasnt"],
    ["Hadnt they left?", "Hadnt"],
    ["Mustnt we hurry?", "Mustnt"],
    ["Mightn't it rain?", "Mightn't"],
    ["Neednt we check?", "Neednt"],
    ["Can't it wait?", "Can't"],
    ["Cant it wait?", "Cant"],
    ["Shan't we go?", "Shan't"],
    ["Ain't it grand?", "Ain't"],
    ["Aint it grand?", "Aint"],
    ["Wouldn't it be nicer to wait?", "Wouldn't"],
  ])("%j", (text, word) => {
    expect(findings(text)).toEqual(negativeOpener(word));
  });

  it.each([
    ["Shouldnt we wait?", "Shouldnt we"],
    ["Wouldn't it be easier to wait?", "Wouldn't it be easier"],
    ["Wouldnt it be smarter to wait?", "Wouldnt it be smarter"],
    ["Wouldn't it be simpler to wait?", "Wouldn't it be simpler"],
    ["Wouldn't it be best to wait?", "Wouldn't it be best"],
    ["Wouldn't it be wiser to wait?", "Wouldn't it be wiser"],
    ["Couldn't you simply wait?", "Couldn't you simply"],
    ["Cant you just wait?", "Cant you just"],
  ])("%j is advice, not a hint", (text, cue) => {
    expect(findings(text)).toEqual(["closed", `advice ${cue}…`]);
  });
});

describe("closed openers", () => {
  it.each([
    "Will it ship?",
    "Might it ship?",
    "Must it ship?",
    "Shall we start?",
    "Had you heard?",
    "Do you tell them?",
    "Any thoughts on the plan?",
    "Anyone you'd like to thank?",
    "Anybody missing from the list?",
    "When you think about it, is it fair?",
    "Where you sit, is it fair?",
  ])("%j", (text) => {
    expect(findings(text)).toEqual(["closed"]);
  });

  it("names the opener, capitalised, in its message", () => {
    expect(lintQuestion("so is it fair?").findings[0]?.message).toBe(
      "It opens with “Is”, so it can be answered with a yes or a no, and the conversation can stop there.",
    );
  });

  it.each(
    "and but so or then also well ok okay now honestly actually just oh hey please anyway anyways".split(" "),
  )("skips the filler %j before the opener", (filler) => {
    expect(codesOf(`${filler} is it fair?`)).toEqual(["closed"]);
    expect(codesOf(`${filler}, is it fair?`)).toEqual(["closed"]);
  });

  it("skips several fillers and leading punctuation", () => {
    expect(codesOf("So and then is it fair?")).toEqual(["closed"]);
    expect(codesOf("- is it fair?")).toEqual(["closed"]);
    expect(codesOf("...so, is it fair?")).toEqual(["closed"]);
  });
});

describe("open openers", () => {
  it.each(["Whyd you say that?", "Why'd you say that?"])("%j asks why", (text) => {
    expect(codesOf(text)).toEqual(["why"]);
  });

  it.each([
    "When's the best time to talk?",
    "When?",
    "Where is it hardest?",
    "When wasn't it fun?",
    "When did it start?",
    "Where's the risk?",
  ])("%j opens with when or where that asks", (text) => {
    expect(codesOf(text)).toEqual([]);
  });

  // Without a question mark, a sentence with no opener has no body to judge: the "or" below only
  // counts when the first word opens the question.
  it.each(
    [
      "Tell Describe Walk Share Talk Explain Help Imagine Think Say Give List Name Paint Picture Suppose",
      "Let's Lets Reflect Recall Remember Finish Complete Sketch Show Summarize Summarise Outline",
      "What Whats How Hows Who Whom Whose When's Where's",
    ]
      .join(" ")
      .split(" "),
  )("%j opens the question", (opener) => {
    expect(codesOf(`${opener} the wins or the losses.`)).toEqual(["double_barreled"]);
  });

  it("reads “Do tell…” as an invitation and “Which…” as a choice", () => {
    expect(codesOf("Do tell the wins or the losses.")).toEqual(["double_barreled"]);
    expect(codesOf("Which the wins or the losses.")).toEqual(["forced_choice"]);
  });

  it("does not read a scene-setting when, a plain word or “Let me” as an opener", () => {
    for (const text of ["When you win or lose.", "Winning or losing.", "Let the wins or the losses."]) {
      expect(codesOf(text), text).toEqual([]);
    }
  });
});

describe("which sentences count", () => {
  it("judges only the sentences that end with a question mark when there are any", () => {
    expect(codesOf("Tell me about the budget and the hires. What stood out?")).toEqual([]);
    expect(codesOf("Is it fair. What stood out?")).toEqual([]);
    expect(codesOf("What stood out? Is it fair.")).toEqual([]);
  });

  it("judges every sentence when none ends with a question mark", () => {
    expect(codesOf("Tell me about the budget and the hires. What stood out.")).toEqual(["double_barreled"]);
    expect(codesOf("What stood out\nIs it fair")).toEqual(["closed"]);
  });

  it("counts a lone question mark on the next line for the sentence before it", () => {
    expect(codesOf("What went well\n?\nWhat did not")).toEqual([]);
    expect(codesOf("Is it fair\n?\nWhat stood out")).toEqual(["closed"]);
    expect(codesOf("What went well.\n? What did not?")).toEqual(["stacked"]);
  });

  it("cuts at a full stop, a bang or a semicolon only before a space", () => {
    expect(codesOf("What is v1.2 and v1.3?")).toEqual(["double_barreled"]);
    expect(codesOf("Is it fair; what stood out?")).toEqual([]);
    expect(codesOf("Is it fair! What stood out?")).toEqual([]);
  });
});
