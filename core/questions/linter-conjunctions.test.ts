import { describe, expect, it } from "vitest";
import { lintQuestion } from "./linter";
import { isAdjective } from "./linter-conjunctions";
import { findings } from "./linter-testing";

/** Every fixed phrase, joint subject, two-thing word and choice cue of linter-conjunctions.ts. */
describe("fixed phrases are not joins", () => {
  it.each(
    [
      "pros and cons",
      "ups and downs",
      "back and forth",
      "give and take",
      "trial and error",
      "now and then",
      "here and there",
      "more and more",
      "again and again",
      "over and over",
      "up and running",
      "black and white",
      "and so on",
      "and so forth",
      "ins and outs",
      "nuts and bolts",
      "do's and don'ts",
      "dos and donts",
      "highs and lows",
      "in and out",
      "on and off",
      "first and foremost",
      "by and large",
      "odds and ends",
      "wear and tear",
      "bread and butter",
      "safe and sound",
      "peace and quiet",
      "loud and clear",
      "sick and tired",
      "hit and miss",
      "touch and go",
      "try and",
      "and a half",
      "research and development",
      "q and a",
      "r and d",
      "whether or not",
      "more or less",
      "sooner or later",
      "give or take",
      "make or break",
      "sink or swim",
      "one way or another",
      "or so",
      "or something",
      "or anything",
      "or anyone",
      "or anybody",
      "or whatever",
      "or similar",
      "or other",
      "or another",
      "or two",
      "big or small",
      "large or small",
      "great or small",
      "one or three",
      "two or four",
      "three or five",
      "four or six",
      "five or seven",
      "2 or more",
      "who or what",
      "what or how",
      "how or why",
      "why or where",
      "where or when",
      "when or which",
      "which or who",
      "and/or",
      "he/she",
      "his/her",
      "him/her",
      "s/he",
      "they/them",
      "pros/cons",
      "w/o",
      "n/a",
      "q/a",
    ].map((phrase) => [phrase]),
  )("%j", (phrase) => {
    expect(findings(`What do you think of the ${phrase} here?`)).toEqual([]);
  });
});

describe("joins", () => {
  it.each([
    ["What do you and Sam plan?", []],
    ["What does you and Sam plan?", []],
    ["What did you and Sam plan?", []],
    ["What are you and Sam plan?", []],
    ["What were you and Sam plan?", []],
    ["What can you and Sam plan?", []],
    ["What could you and Sam plan?", []],
    ["What would you and Sam plan?", []],
    ["What will you and Sam plan?", []],
    ["What should you and Sam plan?", []],
    ["What have you and Sam plan?", []],
    ["What had you and Sam plan?", []],
    ["What happens when you and Sam disagree?", []],
    ["What happens whenever you and Sam disagree?", []],
    ["What happens if you and Sam disagree?", []],
    ["What happens while you and Sam disagree?", []],
    ["What happens where you and Sam disagree?", []],
    ["What happens once you and Sam disagree?", []],
    ["What happens after you and Sam disagree?", []],
    ["What happens before you and Sam disagree?", []],
    ["What do you think you and Sam need?", []],
    ["How do you feel you and Sam work together?", []],
    ["What do you believe you and Sam need?", []],
    ["What would you say you and Sam need?", []],
    ["What is one thing that you and Sam share?", []],
    ["Tell me how you and Sam work.", []],
    ["Tell me about a time you and Sam disagreed.", []],
    ["Tell me about the times you and Sam agreed.", []],
    ["Tell me about a moment you and Sam clicked.", []],
    ["Tell me about a day you and Sam argued.", []],
    ["Tell me about the week you and Sam shipped.", []],
    ["Tell me about the way you and Sam work.", []],
    ["How do we and Sam decide?", []],
    ["How do I and Sam decide?", []],
    ["How do you and your manager decide?", []],
    ["How do you and my manager decide?", []],
    ["How do you and our manager decide?", []],
    ["How do you and the manager decide?", []],
    ["How do you and their manager decide?", []],
    ["How do you and your manager?", ["double_barreled"]],
    ["How do you and Sam?", ["double_barreled"]],
    ["How do you and the team lead decide?", []],
    ["What do you and Sam's team plan?", []],
    ["What do you and the co-leads plan?", []],
    ["How do you choose between work and rest?", []],
    ["How do you balance work and rest?", []],
    ["How are you balancing work and rest?", []],
    ["How would you compare work and rest?", []],
    ["What stands out comparing work and rest?", []],
    ["How do you combine work and rest?", []],
    ["What helps combining work and rest?", []],
    ["How do you juggle work and rest?", []],
    ["What helps when juggling work and rest?", []],
    ["How do you reconcile work and rest?", []],
    ["What is the difference of work and rest?", []],
    ["What differences do you see in work and rest?", []],
    ["What is the relationship of work and rest?", []],
    ["What is your mix of work and rest?", []],
    ["What is the trade-off of work and rest?", []],
    ["What tradeoffs do you see in work and rest?", []],
    ["How do you trade off work and rest?", []],
    ["How do you balance work, and rest?", ["double_barreled"]],
    ["What do you find which about email or chat?", ["forced_choice"]],
    ["What do you find rather about email or chat?", ["forced_choice"]],
    ["What do you find prefer about email or chat?", ["forced_choice"]],
    ["What do you find prefers about email or chat?", ["forced_choice"]],
    ["What do you find preferred about email or chat?", ["forced_choice"]],
    ["What do you find choose about email or chat?", ["forced_choice"]],
    ["What do you find pick about email or chat?", ["forced_choice"]],
    ["What do you find either about email or chat?", ["forced_choice"]],
    ["What do you find more about email or chat?", ["forced_choice"]],
    ["What do you find less about email or chat?", ["forced_choice"]],
    ["What do you find better about email or chat?", ["forced_choice"]],
    ["What do you find worse about email or chat?", ["forced_choice"]],
    ["What do you find best about email or chat?", ["forced_choice"]],
    ["What do you find worst about email or chat?", ["forced_choice"]],
    ["What do you find harder about email or chat?", ["forced_choice"]],
    ["What do you find easier about email or chat?", ["forced_choice"]],
    ["What do you find bigger about email or chat?", ["forced_choice"]],
    ["What do you find smaller about email or chat?", ["forced_choice"]],
    ["What do you find good about email or chat?", ["double_barreled"]],
    ["What do you find good, email or chat?", ["forced_choice"]],
    ["What would make you stay or leave?", ["double_barreled"]],
    ["What would make you stay or not?", ["forced_choice"]],
    ["What would make you stay, or not?", ["forced_choice"]],
    ["What would make you stay or nothing?", ["double_barreled"]],
    ["What do you need & what do you have?", ["double_barreled"]],
    ["What would make you stay as well as grow?", ["double_barreled"]],
    ["How is home/work?", ["double_barreled"]],
    ["How is 3/4?", []],
    ["What do you think of the call w/Sam?", []],
    ["And what would you change?", []],
    ["Or what would you change?", []],
    ["But what would you change?", []],
    ["Is it fair and right?", ["closed", "double_barreled"]],
    ["Who would you pick, Sam or Ana?", ["forced_choice"]],
    ["What do you like, sandwich or salad and soup?", ["double_barreled", "forced_choice"]],
    ["Which is better and why?", ["double_barreled"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it("names the joining word in the message", () => {
    const messageOf = (text: string, code: string) =>
      lintQuestion(text).findings.find((finding) => finding.code === code)?.message;
    expect(messageOf("What would make you stay or leave?", "double_barreled")).toBe(
      "It joins two asks with “or”, so people answer one (usually the easier) and the other gets lost.",
    );
    expect(messageOf("How is home/work?", "double_barreled")).toMatch(/^It joins two asks with “\/”/);
    // An "or" that joins two asks is named even when a slash follows.
    expect(messageOf("What would make you stay or leave home/work?", "double_barreled")).toMatch(
      /^It joins two asks with “or”/,
    );
    expect(messageOf("How are you and Sam?", "double_barreled")).toMatch(/^It joins two asks with “and”/);
    expect(lintQuestion("You want it or not?").findings).toEqual([
      {
        code: "forced_choice",
        message: "“… or not?” leaves two answers, and the one that matters may be neither.",
        suggestion: "Drop “or not” and ask openly, e.g. “How do you feel about it?”",
      },
    ]);
    expect(lintQuestion("Which do you prefer, email or chat?").findings).toEqual([
      {
        code: "forced_choice",
        message: "It offers fixed options, so the answer you most need to hear may be neither of them.",
        suggestion:
          "Drop the options and let them answer in their own words, e.g. “What would work best for you?”",
      },
    ]);
  });

  it("reports the first clause that joins, and finds joins in a later clause too", () => {
    expect(findings("What went well? How are you and Sam?")).toEqual(["double_barreled", "stacked"]);
    expect(findings("What went well? Is it email or chat?")).toEqual(["closed", "stacked", "forced_choice"]);
  });
});

describe("one state, one story: an 'and' inside one ask of an open question", () => {
  // One word from each line of the list in linter-conjunctions.ts, and the list's edges.
  it.each(
    ["calm", "welcoming", "trusted", "heard", "seen", "grateful", "fresh", "light", "informed"]
      .concat(["involved", "recognized", "encouraged", "simpler", "fairer", "settled"])
      .map((word) => [word]),
  )("%j joins as an adjective", (word) => {
    expect(isAdjective(word)).toBe(true);
    expect(findings(`What keeps you ${word} and calm?`)).toEqual([]);
    expect(findings(`What keeps you calm and ${word}?`)).toEqual([]);
  });

  it.each([
    ["useful", true],
    ["pointless", true],
    ["nervous", true],
    ["creative", true],
    ["decisive", true],
    ["reliable", true],
    ["visible", true],
    ["workable", true],
    ["enable", false],
    ["ful", false],
    ["able", false],
    ["give", false],
    ["receive", false],
    ["team", false],
    ["project", false],
    ["xuseful", true],
    ["usefully", false],
  ])("%j is an adjective: %j", (word, expected) => {
    expect(isAdjective(word)).toBe(expected);
  });

  it.each([
    ["Tell me about a time you felt safe and supported.", []],
    ["What keeps you calm and really focused?", []],
    ["What keeps you calm and more focused?", []],
    ["What keeps you calm and less tired?", []],
    ["What keeps you calm and very focused?", []],
    ["What keeps you calm and so focused?", []],
    ["What keeps you calm and quite focused?", []],
    ["What keeps you calm and fully rested?", []],
    ["What keeps you calm and truly rested?", []],
    ["What keeps you calm and mostly focused?", ["double_barreled"]],
    ["What keeps you calm and the team focused?", ["double_barreled"]],
    ["What keeps you calm and?", ["double_barreled"]],
    ["How happy and productive are you?", ["double_barreled"]],
    ["How clear and realistic are the goals?", ["double_barreled"]],
    ["How are you feeling, calm and focused?", []],
    ["Is it fair and useful?", ["closed", "double_barreled"]],
    ["Are you rested and ready?", ["closed", "double_barreled"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it.each([
    ["What do you do when a plan changes and nobody tells you?", []],
    ["What do you do whenever a plan changes and nobody tells you?", []],
    ["What do you do if a plan changes and nobody tells you?", []],
    ["What do you do once a plan changes and nobody tells you?", []],
    ["What do you do after a plan changes and nobody tells you?", []],
    ["What do you do before a plan changes and nobody knows?", []],
    ["What do you do while a plan changes and nobody knows?", []],
    ["Describe a place where you think well and work fast.", []],
    ["Tell me about a time you took a risk and it paid off.", []],
    ["Tell me about the moment you spoke up and it landed.", []],
    ["Tell me about that day you spoke up and it landed.", []],
    ["Tell me about one week you rested and it helped.", []],
    ["Tell me about this situation you faced and it worked.", []],
    ["Tell me about an occasion you spoke up and it landed.", []],
    ["Tell me about every occasion you spoke up and it landed.", ["double_barreled"]],
    ["Tell me about on time delivery and budgets.", ["double_barreled"]],
    ["When do you plan and review your week?", ["double_barreled"]],
    ["Tell me about a time you felt stuck and what you did next.", ["double_barreled"]],
    ...[
      "what's",
      "how",
      "how's",
      "why",
      "who",
      "whom",
      "whose",
      "which",
      "where",
      "when",
      "whenever",
      "if",
      "whether",
      "after",
      "before",
      "while",
      "once",
      "a",
      "the",
    ].map((word): [string, string[]] => [
      `Tell me about a time you led and ${word} it went.`,
      ["double_barreled"],
    ]),
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe("an aside in the middle of the question", () => {
  it.each([
    ["What's one thing, big or small, that helped this week?", []],
    ["Tell me about a win, large or small, from this week.", []],
    ["What, good or bad, stuck with you?", []],
    ["Tell me about a win this week, big or small.", []],
    ["What stuck with you, good or bad?", ["forced_choice"]],
    ["What stuck with you, good or bad, overall?", []],
    ["Good or bad, what stuck with you?", []],
    ["What helped, mornings or evenings?", ["forced_choice"]],
    ["What helped, honestly, mornings or evenings?", ["forced_choice"]],
    ["What would make you stay or leave, honestly, today?", ["double_barreled"]],
    ["What would you change, and why, this week?", ["double_barreled"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
