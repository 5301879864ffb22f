import { describe, expect, it } from "vitest";
import { findings } from "./linter-testing";
import { isElliptical, isTag, normalize, toClause } from "./linter-text";

/**
 * How leaders really type (issue 17): an ellipsis character, the rarer tags, an auxiliary with its
 * subject dropped, a lead-in before the real question, and a yes/no question with its verb dropped.
 */
describe("an ellipsis character", () => {
  it("reads as three dots, so it ends a lead-in like dots do", () => {
    expect(normalize("So\u2026 how?")).toBe("So... how?");
    expect(findings("Looking back\u2026 did anything surprise you?")).toEqual(["closed"]);
    expect(findings("So\u2026 how did the week go?")).toEqual([]);
  });
});

describe("rarer tags", () => {
  it.each([
    ["innit", true],
    ["fair", true],
    ["fairly", false],
    ["isn't that so", true],
    ["is that true", true],
    ["isn't it correct", true],
    ["is that wrong", false],
    ["don't you think", true],
    ["do you think", false],
    ["wouldn't you say", true],
    ["would you say", false],
    ["won't you reckon", true],
    ["would you agree", true],
    ["wouldn't you agree", true],
    ["don't we think", false],
    ["don't you know", false],
    ["you don't think", false],
    ["sam would agree", false],
    ["do they agree", false],
    ...["assume", "guess", "suppose", "hope", "bet", "reckon", "imagine", "presume", "think"].map(
      (word): [string, boolean] => [`I ${word}`, true],
    ),
    ["I wonder", false],
    ["we assume", false],
    ["I take it", true],
    ["I take that", false],
    ["I take it so", false],
    ["you take it", false],
  ])("%j is a tag: %j", (part, expected) => {
    expect(isTag(part)).toBe(expected);
  });

  it.each([
    ["It went well, isn't that so?", ["leading the tag “isn't that so?”"]],
    ["The new process is better, don't you think?", ["leading “don't you think”"]],
    ["The plan works, would you agree?", ["leading “would you agree”"]],
    ["The roadmap is clear now, innit?", ["leading the tag “innit?”"]],
    ["How did it go, do you think?", []],
    ["How did the handover go, would you say?", []],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe("an auxiliary whose subject was dropped is the leader's statement, not a question", () => {
  it.each([
    ["Would love to hear: what made the demo work?", []],
    ["Would like to hear how it went.", []],
    ["Would appreciate your view: what worked?", []],
    ["Was wondering how the move is going for you.", []],
    ["Am thinking of moving stand-up: what time suits you?", []],
    ["Was hoping to hear how the move went.", []],
    ["Can't wait to hear: how did it go?", []],
    ["Could be worth a chat: what do you think?", []],
    ["Have a think: what would you change?", []],
    ["Have an idea of your own: what would you change?", []],
    ["Has a decision been made?", ["closed"]],
    ["Did a customer complain?", ["closed"]],
    ["Would you love to lead it?", ["closed"]],
    ["Have any of you tried it?", ["closed"]],
    ["Can't you wait?", ["closed", "leading the negative opener “Can't…”"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe("a lead-in gives way to the question after it", () => {
  it.each([
    ["What do you think — is the plan realistic?", ["closed"]],
    ["What do you reckon, is it worth it?", ["closed"]],
    ["What do you say, shall we try it?", ["closed"]],
    ["What would you say, is it worth it?", ["closed"]],
    ["What's your take, is the deadline fair?", ["closed"]],
    ["What's your view, is it fair?", ["closed"]],
    ["What's your sense, is it fair?", ["closed"]],
    ["What's your read, is it fair?", ["closed"]],
    ["What's your opinion, is it fair?", ["closed"]],
    ["What's your gut feeling, is it fair?", ["closed"]],
    ["What is your take, is it fair?", ["closed"]],
    ["What is your view, is it fair?", ["closed"]],
    ["Tell me, why did the release slip?", ["why"]],
    ["Tell me honestly, was it fair?", ["closed"]],
    ["So what do you think, is it fair?", ["closed"]],
    ["What do you think, how should we handle it?", []],
    ["What do you think, honestly?", []],
    ["What do you think about it, why did it slip?", []],
    ["What's your take on it, why did it slip?", []],
    ["Tell me more, why did it slip?", []],
    ["What's the take, why did it slip?", []],
    ["Tell me what do you think, why did it slip?", []],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it("starts the body at the question it gives way to", () => {
    expect(toClause({ text: "What do you think, is it fair, overall", asked: true })).toMatchObject({
      opener: { kind: "closed", words: ["is", "it", "fair"] },
      body: "is it fair, overall",
    });
  });
});

describe("a yes/no question after an open one, in the same sentence, is closed", () => {
  it.each([
    ["What's on your plate this week — anything I can take?", ["closed"]],
    ["How are you, do you need anything?", ["closed"]],
    ["What's the plan, or is there no plan yet?", ["closed", "forced_choice"]],
    ["What went well, do you think?", []],
    ["What went well, did you think?", []],
    ["What went well, does Sam think?", ["closed"]],
    ["What went well, would you say?", []],
    ["What helps you most, do you reckon?", []],
    ["What helps you most, do you feel?", []],
    ["What helps you most, do you guess?", []],
    ["What helps you most, do you suppose?", []],
    ["What helps you most, do you know?", []],
    ["What helps you most, does you know?", []],
    ["What helps you most, would you know?", []],
    ["What helps you most, can you know?", ["closed"]],
    ["What would you change, anything at all?", []],
    ["What would you change, anything?", ["closed"]],
    ["What would help, is that fair to say?", []],
    ["What, if anything, would you like more of?", []],
    ["What now, would you like more?", []],
    ["Who, in your view, should lead it?", []],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it("keeps the open part in the body and names the yes/no part as the opener", () => {
    expect(toClause({ text: "How are you doing, do you need anything", asked: true })).toMatchObject({
      opener: { kind: "closed", words: ["do", "you", "need", "anything"] },
      body: "How are you doing, do you need anything",
    });
  });
});

describe("a yes/no question with its verb dropped", () => {
  it.each(
    "ready happy ok okay alright free fine comfortable sure done finished feeling enjoying got keen excited worried nervous settled busy available still good clear set sorted"
      .split(" ")
      .map((word) => [word]),
  )("starts with %j", (word) => {
    expect(isElliptical([word, "for", "friday"])).toBe(true);
  });

  it.each([
    [["you", "ok"], true],
    [["everything", "good"], true],
    [["everyone", "set"], true],
    [["everybody", "happy"], true],
    [["things", "going", "well"], true],
    [["all", "good"], true],
    [["we", "good"], true],
    [["you", "doing", "ok"], true],
    [["you", "getting", "enough"], true],
    [["you", "settling", "in"], true],
    [["you", "did", "it"], false],
    [["everything", "you", "need"], false],
    [["things", "are", "fine"], false],
    [["we", "all", "agreed"], false],
    [["sam", "ok"], false],
    [["you"], false],
    [[], false],
  ])("%j: %j", (words, expected) => {
    expect(isElliptical(words)).toBe(expected);
  });

  it.each([
    ["Everything ok?", ["closed"]],
    ["You doing ok after last week?", ["closed"]],
    ["So, ready for Friday?", ["closed"]],
    ["Ready for Friday", []],
    ["Ready for Friday, right?", ["leading the tag “right?”"]],
    ["Thoughts on the plan?", []],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it("takes the first part with words as its opener and body", () => {
    expect(toClause({ text: "So, ready for Friday, after all", asked: true })).toMatchObject({
      opener: { kind: "closed", words: ["ready", "for", "friday"] },
      body: "ready for Friday, after all",
    });
  });
});
