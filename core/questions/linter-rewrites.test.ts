import { describe, expect, it } from "vitest";
import { lintQuestion } from "./linter";
import { closedSuggestion, doubleSuggestion, quoted, whySuggestion } from "./linter-rewrites";
import { suggestion } from "./linter-testing";

/** The exact rewrite of every branch for why-questions, advice, double asks, statements and offered answers. */
describe("why-questions ask what happened instead", () => {
  it.each([
    ["Why not ask Sam?", "Try: “What options do you see?”"],
    ["Why didn't you ask for help?", "Try: “What made it hard to ask for help?”"],
    ["Why didnt we ship?", "Try: “What made it hard to ship?”"],
    ["Why don't they speak up?", "Try: “What makes it hard to speak up?”"],
    ["Why dont he call?", "Try: “What makes it hard to call?”"],
    ["Why doesn't she ask?", "Try: “What makes it hard to ask?”"],
    ["Why doesnt the team ship?", "Try: “What makes it hard to ship?”"],
    ["Why can't I help?", "Try: “What makes it hard to help?”"],
    ["Why cant your manager decide?", "Try: “What makes it hard to decide?”"],
    ["Why couldn't Sam come?", "Try: “What made it hard to come?”"],
    ["Why couldnt you come?", "Try: “What made it hard to come?”"],
    ["Why won't you ask?", "Try: “What makes it hard to ask?”"],
    ["Why wont we talk?", "Try: “What makes it hard to talk?”"],
    ["Why wouldn't they agree?", "Try: “What made it hard to agree?”"],
    ["Why wouldnt you ask?", "Try: “What made it hard to ask?”"],
    ["Why did you choose Go?", "Try: “What led you to choose Go?”"],
    ["Why did we choose Go?", "Try: “What led us to choose Go?”"],
    ["Why did they choose Go?", "Try: “What led them to choose Go?”"],
    ["Why did he choose Go?", "Try: “What led him to choose Go?”"],
    ["Why did she choose Go?", "Try: “What led her to choose Go?”"],
    ["Why did I choose Go?", "Try: “What led me to choose Go?”"],
    ["Why did the team choose Go?", "Try: “What led the team to choose Go?”"],
    ["Why did your manager choose Go?", "Try: “What led your manager to choose Go?”"],
    ["Why did Sam choose Go?", "Try: “What led Sam to choose Go?”"],
    ["Why do you prefer mornings?", "Try: “What makes you prefer mornings?”"],
    ["Why does she prefer mornings?", "Try: “What makes her prefer mornings?”"],
    ["Why do I care?", "Try: “What makes me care?”"],
    ["Why was it late?", "Try: “What got in the way?”"],
    ["Why were the tests delayed?", "Try: “What got in the way?”"],
    ["Why is it slow?", "Try: “What got in the way?”"],
    ["Why are we behind?", "Try: “What got in the way?”"],
    ["Why has it missed the date?", "Try: “What got in the way?”"],
    ["Why have we blocked it?", "Try: “What got in the way?”"],
    ["Why had it been stuck?", "Try: “What got in the way?”"],
    ["Why is the release slipping?", "Try: “What got in the way?”"],
    ["Why has the launch slipped?", "Try: “What got in the way?”"],
    ["Why is it overdue?", "Try: “What got in the way?”"],
    ["Why was it postponed?", "Try: “What got in the way?”"],
    ["Why wasn't I told?", "Try: “What got in the way?”"],
    ["Why haven't you finished?", "Try: “What got in the way?”"],
    ["Why shouldn't we?", "Try: “What got in the way?”"],
    ["Why wasnt I told?", "Try: “What got in the way?”"],
    ["Why did you say why not?", "Try: “What led you to say why not?”"],
    [
      "Why — why was it late?",
      "Ask what happened rather than for a justification: try “What led to…?” or “What got in the way?”",
    ],
    [
      "Why — why wasn't I told?",
      "Ask what happened rather than for a justification: try “What led to…?” or “What got in the way?”",
    ],
    [
      "Why is it blue?",
      "Ask what happened rather than for a justification: try “What led to…?” or “What got in the way?”",
    ],
    [
      "Why?",
      "Ask what happened rather than for a justification: try “What led to…?” or “What got in the way?”",
    ],
    [
      "Why that?",
      "Ask what happened rather than for a justification: try “What led to…?” or “What got in the way?”",
    ],
  ])("%j", (text, expected) => {
    expect(suggestion(text, "why")).toBe(expected);
  });
});

describe("advice asks for their options", () => {
  it.each([
    ["Have you tried blocking mornings?", "Try: “What have you tried so far?”"],
    ["Did you try blocking mornings?", "Try: “What have you tried so far?”"],
    ["Have you considered pairing?", "Try: “What options have you considered?”"],
    ["Have you thought about pairing?", "Try: “What options have you considered?”"],
    ["Have you thought of pairing?", "Try: “What options have you considered?”"],
    ["Have you looked into pairing?", "Try: “What options have you considered?”"],
    ["Ever considered pairing?", "Try: “What options have you considered?”"],
    ["Ever thought about pairing?", "Try: “What options have you considered?”"],
    ["What about the deadline?", "Try: “How are you thinking about the deadline?”"],
    ["How about the deadline?!", "Try: “How are you thinking about the deadline?”"],
    ["What about asking Sam?", "Try: “What options do you see?”"],
    ["What about the meeting?", "Try: “How are you thinking about the meeting?”"],
    ["How about we pair?", "Try: “What options do you see?”"],
    ["What about I pair?", "Try: “What options do you see?”"],
    ["Why not ask Sam?", "Try: “What options do you see?”"],
    ["You should ask Sam, what do you think?", "Try: “What options do you see?”"],
    ["What if you asked Sam?", "Try: “What options do you see?”"],
  ])("%j", (text, expected) => {
    expect(suggestion(text, "advice")).toBe(expected);
  });
});

describe("double asks are split in two", () => {
  it.each([
    [
      "What went well, and what would you change?",
      "Ask each on its own: “What went well?”, then “What would you change?”",
    ],
    [
      "What went well and how did it feel?",
      "Ask each on its own: “What went well?”, then “How did it feel?”",
    ],
    ["What went well and why?", "Ask each on its own: “What went well?”, then “Why?”"],
    [
      "What went well and where did it stall?",
      "Ask each on its own: “What went well?”, then “Where did it stall?”",
    ],
    [
      "What went well and when did it change?",
      "Ask each on its own: “What went well?”, then “When did it change?”",
    ],
    [
      "What went well and which part stuck?",
      "Ask each on its own: “What went well?”, then “Which part stuck?”",
    ],
    [
      "How are the project and your team?",
      "Ask each on its own: “How is the project?”, then “How is your team?”",
    ],
    [
      "How were the launch and the party?",
      "Ask each on its own: “How was the launch?”, then “How was the party?”",
    ],
    [
      "How are the hires and the contractors?",
      "Ask each on its own: “How are the hires?”, then “How are the contractors?”",
    ],
    [
      "How were the hires and your plans?",
      "Ask each on its own: “How were the hires?”, then “How were your plans?”",
    ],
    [
      "What is the plan and the budget?",
      "Ask each on its own: “What is the plan?”, then “What is the budget?”",
    ],
    [
      "What was the plan and the budget?",
      "Ask each on its own: “What was the plan?”, then “What was the budget?”",
    ],
    [
      "Where are the notes and the slides?",
      "Ask each on its own: “Where are the notes?”, then “Where are the slides?”",
    ],
    ["How is the project and my team?", "Ask each on its own: “How is the project?”, then “How is my team?”"],
    [
      "How are our goals and their goals?",
      "Ask each on its own: “How are our goals?”, then “How are their goals?”",
    ],
    [
      "What do you think of this plan and that plan?",
      "Ask each on its own: “What do you think of this plan?”, then “What do you think of that plan?”",
    ],
    [
      "What do you think of his plan and her plan?",
      "Ask each on its own: “What do you think of his plan?”, then “What do you think of her plan?”",
    ],
    [
      "How do you rate a plan and an idea?",
      "Ask each on its own: “How do you rate a plan?”, then “How do you rate an idea?”",
    ],
    ["What do you enjoy and find hard?", "Ask each part on its own, and wait for the answer in between."],
    [
      "What went well..., and what would you change?",
      "Ask each on its own: “What went well?”, then “What would you change?”",
    ],
    [
      "How are the design and the test plan?",
      "Ask each on its own: “How is the design?”, then “How is the test plan?”",
    ],
    [
      "HOW ARE THE PROJECT AND YOUR TEAM?",
      "Ask each on its own: “HOW is THE PROJECT?”, then “HOW is YOUR TEAM?”",
    ],
    ["The plan and the budget?", "Ask each part on its own, and wait for the answer in between."],
    [
      "How are the wins and the losses, overall?",
      "Ask each part on its own, and wait for the answer in between.",
    ],
    ["How are things at home/work?", "Ask each part on its own, and wait for the answer in between."],
  ])("%j", (text, expected) => {
    expect(suggestion(text, "double_barreled")).toBe(expected);
  });
});

describe("statements and offered answers are opened up", () => {
  it.each([
    ["You're fine with the move?", "Ask it open: “How do you feel about the move?”"],
    ["You are happy about the move?", "Ask it open: “How do you feel about the move?”"],
    ["You were ok with the move?", "Ask it open: “How do you feel about the move?”"],
    ["You've been okay with the move?", "Ask it open: “How do you feel about the move?”"],
    ["You're really good with the move?", "Ask it open: “How do you feel about the move?”"],
    ["You're quite comfortable with the move?", "Ask it open: “How do you feel about the move?”"],
    ["You're pretty satisfied with the move?", "Ask it open: “How do you feel about the move?”"],
    ["You're totally content with the move?", "Ask it open: “How do you feel about the move?”"],
    ["You're completely clear about the move?", "Ask it open: “How do you feel about the move?”"],
    ["You're settled with the move?", "Ask it open: “How do you feel about the move?”"],
    ["You're relaxed about the move?", "Ask it open: “How do you feel about the move?”"],
    ["You're confident about the move?", "Ask it open: “How do you feel about the move?”"],
    ["You're excited about the move?", "Ask it open: “How do you feel about the move?”"],
    ["You're on board with the move?", "Ask it open: “How do you feel about the move?”"],
    [
      "You're keen on the move?",
      "Ask it open instead of asking them to confirm: “How do you see it?” or “What's your view?”",
    ],
    [
      "The deadline is realistic?",
      "Ask it open instead of asking them to confirm: “How do you see it?” or “What's your view?”",
    ],
    ["I guess you're fine with the move?", "Ask it open: “How do you feel about the move?”"],
    ["I take it you're fine with the move?", "Ask it open: “How do you feel about the move?”"],
    ["I assume you're fine with the move?", "Ask it open: “How do you feel about the move?”"],
    ["You're fine with the move...?", "Ask it open: “How do you feel about the move?”"],
    [
      "Nothing changed?",
      "Ask it open instead of asking them to confirm: “How do you see it?” or “What's your view?”",
    ],
    [
      "Things went well?",
      "Ask it open instead of asking them to confirm: “How do you see it?” or “What's your view?”",
    ],
    [
      "Everything worked?",
      "Ask it open instead of asking them to confirm: “How do you see it?” or “What's your view?”",
    ],
    [
      "What's your take on the roadmap — too ambitious?",
      "Stop at the question and let them find the words: “What's your take on the roadmap?”",
    ],
    ["How is the pace, overly slow?", "Stop at the question and let them find the words: “How is the pace?”"],
    [
      "How is the pace, not enough time?",
      "Stop at the question and let them find the words: “How is the pace?”",
    ],
    [
      "Looking back, how was the pace, too slow?",
      "Stop at the question and let them find the words: “Looking back, how was the pace?”",
    ],
  ])("%j", (text, expected) => {
    expect(suggestion(text, "leading")).toBe(expected);
  });

  it("names the statement and the offered answer in the message", () => {
    expect(lintQuestion("So you're fine with the move?").findings[0]?.message).toBe(
      "It states the answer and asks them to confirm it (the statement “You're fine with the move?”), so agreeing is the easy reply.",
    );
    expect(lintQuestion("How is the pace, A BIT SLOW?").findings[0]?.message).toBe(
      "It offers an answer after the question (the offered answer “a bit slow?”), so people pick yours instead of finding their own.",
    );
  });
});

describe("stacked questions keep the first", () => {
  it("quotes the first question as asked, with one question mark", () => {
    expect(lintQuestion("so, how did it go?! What next?").findings).toEqual([
      {
        code: "stacked",
        message:
          "It asks 2 questions in a row; people answer the last one, or none, and lose the quiet they need to think.",
        suggestion: "Ask one question, then wait: “So, how did it go?”",
      },
    ]);
    expect(lintQuestion("How? Why? What?").findings.at(-1)?.message).toMatch(/^It asks 3 questions/);
  });
});

describe("the rewrites take the question as given", () => {
  it("ignore spaces around it", () => {
    expect(quoted("  what went well  ")).toBe("“What went well?”");
    expect(closedSuggestion("  Is the project going well  ")).toBe(
      "Try: “How is the project going for you?”",
    );
    expect(whySuggestion("  Why not ask Sam  ")).toBe("Try: “What options do you see?”");
    expect(doubleSuggestion("  How are the plan and the budget  ")).toBe(
      "Ask each on its own: “How is the plan?”, then “How is the budget?”",
    );
  });
});
