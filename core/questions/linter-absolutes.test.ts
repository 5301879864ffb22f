import { describe, expect, it } from "vitest";
import { loadedWord } from "./linter-absolutes";
import { findings } from "./linter-testing";

/** The loaded words, and the neutral uses of them the loaded rule sets aside (linter-absolutes.ts). */
describe("set phrases and technical terms pass no judgement", () => {
  it.each([
    "As always, what's on your mind?",
    "What helps when plans do not always hold?",
    "What helps when things don't always go to plan?",
    "What helps when things aren't always clear?",
    "What is almost always true of a good week?",
    "What is nearly always on your list?",
    "How do you cope with the always-on chat?",
    "Never mind the plan, how are you?",
    "How fault-tolerant does the service feel?",
    "How fault tolerant does the service feel?",
    "What does fault tolerance mean here?",
    "Where is the single point of failure?",
    "Where are the points of failure?",
    "What failure mode worries you?",
    "What failure modes worry you?",
    "How did the no-blame review feel?",
    "How did the no blame review feel?",
    "How blame-free does the retro feel?",
    "How blame free does the retro feel?",
    "Excuse the long message: what's on your mind?",
    "Excuse my typing: what's on your mind?",
    "Excuse this detour: what's on your mind?",
  ])("%j", (text) => {
    expect(findings(text)).toEqual([]);
  });

  it.each([
    ["What do you always do?", "always"],
    ["What happens when it's always late?", "always"],
    ["Where does it never end?", "never"],
    ["What was the failure?", "failure"],
    ["What excuse was it?", "excuse"],
    ["What excuses them?", "excuses"],
  ])("still flags %j", (text, word) => {
    expect(findings(text)).toEqual([`loaded ${word}`]);
  });
});

describe("the leader's own absolutes, going first, pass no judgement", () => {
  it.each([
    "I never got my first 1:1s right. What would help you?",
    "I always want bad news early. How would you like to bring it?",
    "I've always found planning hard. What helps you?",
    "I'd never done this before. What would you try?",
    "I'll always make time for this. When suits you?",
    "I'm never sure I explain it well. What did you take from it?",
    "What should I never do when I give you feedback?",
    "What have I never asked you?",
    "What had I never told you?",
    "What would I never say?",
    "What will I always do?",
    "What could I never see?",
    "What can I always count on?",
    "What do I always miss?",
    "What did I never hear?",
    "Where am I always too quick?",
    "Where was I never clear?",
    "What might I never notice?",
    "What must I always remember?",
  ])("%j", (text) => {
    expect(findings(text)).toEqual([]);
  });

  it("is about the leader only: a word ending in i is no 'I'", () => {
    expect(findings("What did Ravi always say?")).toEqual(["loaded always"]);
  });
});

describe("the person's own wants and experience, asked openly, pass no judgement", () => {
  it.each(
    [
      "wanted",
      "want",
      "wished",
      "wish",
      "hoped",
      "hope",
      "dreamed",
      "dreamt",
      "loved",
      "love",
      "enjoyed",
      "enjoy",
      "liked",
      "like",
      "admired",
      "valued",
      "value",
      "believed",
      "regretted",
      "regret",
      "compromise",
      "trade",
      "sacrifice",
      "give up",
      "miss",
      "missed",
      "tried",
      "done",
      "had",
      "found",
      "felt",
      "learned",
      "learnt",
      "forget",
      "remember",
      "say yes to",
      "say no to",
      "make time for",
      "been asked",
      "been told",
      "been given",
      "been good at",
      "been drawn to",
      "been curious about",
      "been interested in",
      "been proud of",
    ].map((verb) => [verb]),
  )("you always/never %s", (verb) => {
    expect(findings(`What have you always ${verb} here?`)).toEqual([]);
    expect(findings(`What would you never ${verb} here?`)).toEqual([]);
  });

  it.each([
    "What do you always want from a 1:1?",
    "What's something you've always wanted to try?",
    "What would you never compromise on?",
    "What you'd never give up?",
    "Tell me about advice you'll never forget.",
    "What have you never been asked?",
    "What did you always want?",
    "What could you never trade?",
    "What might you never miss?",
    "What will you always value?",
    "What had you never tried?",
    "What you never tried?",
    "WHAT DO YOU ALWAYS WISH YOU HAD MORE TIME FOR?",
  ])("%j", (text) => {
    expect(findings(text)).toEqual([]);
  });

  it.each([
    ["How do you always stay so calm?", ["loaded always"]],
    ["What do you never get right?", ["loaded never"]],
    ["How come you never tried the tool?", ["loaded never"]],
    ["What makes you always want more?", ["loaded always"]],
    ["What made you never try it?", ["loaded never"]],
    ["You never tried the tool?", ["leading the statement “You never tried the tool?”", "loaded never"]],
    ["You always wanted this. What's stopping you?", ["loaded always"]],
    ["Why do you never ask for help?", ["why", "loaded never"]],
    ["What do they always want?", ["loaded always"]],
    ["What have you always wanted to drop the ball on?", ["loaded drop the ball"]],
    ["What have you never wantedx?", ["loaded never"]],
  ])("still flags %j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe("loadedWord", () => {
  it("reads the open bodies it is given, and only those", () => {
    expect(loadedWord("What have you always wanted?", ["What have you always wanted"])).toBeUndefined();
    expect(loadedWord("What have you always wanted?", [])).toBe("always");
    expect(loadedWord("How come you always wanted it?", ["How come you always wanted it"])).toBe("always");
  });

  it("sets aside every neutral absolute of a body, not only the first", () => {
    const text = "What have you always wanted that you never tried?";
    expect(loadedWord(text, [text.slice(0, -1)])).toBeUndefined();
  });

  it("names the ball in every tense", () => {
    for (const phrase of ["dropped the ball", "dropping the ball", "drop the ball", "drops the ball"]) {
      expect(loadedWord(`Who ${phrase}?`, [])).toBe(phrase);
    }
  });
});
