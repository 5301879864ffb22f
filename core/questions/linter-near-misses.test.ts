import { describe, expect, it } from "vitest";
import { findings } from "./linter-testing";

/**
 * Near misses: texts one character, one position or one word away from a rule, so that a pattern
 * loosened by a stray anchor or quantifier would change their result.
 */
describe("near misses", () => {
  it.each([
    ["How was it, clearly?", ["leading “clearly”"]],
    ["So, it was clearly planned?", []],
    ["Sam spoke clearly, didn't he?", ["leading the tag “didn't he?”"]],
    ["That was clearly enormous?", ["leading “clearly”"]],
    ["It was clearly great?", ["leading “clearly”"]],
    ["It was clearly atypical?", ["leading “clearly”"]],
    ["Aren't you sure we shouldn't wait?", ["closed", "leading the negative opener “Aren't…”"]],
    ["What do you think you should do?", []],
    ["What about you ?", []],
    // A steering adverb after a question that ends earlier, not after "how".
    ["How was the week? Obviously it went well.", ["leading “obviously”"]],
    // Punctuation earlier in the text, not right before the adverb, and a past participle after it.
    ["Looking back, was the goal clearly defined?", ["closed"]],
    // A comma right after the adverb: it describes how, and the words after the comma are not its next word.
    ["Did Sam explain it clearly, do you think?", ["closed"]],
    // "en" inside the next word, not at its end, is no participle.
    ["Did the team obviously enjoy it?", ["closed", "leading “obviously”"]],
    // A statement or an offered answer in the second of two questions.
    [
      "How was the week? You're fine with the move?",
      ["leading the statement “You're fine with the move?”", "stacked"],
    ],
    [
      "How was the week? What's your take on the roadmap — too ambitious?",
      ["leading the offered answer “too ambitious?”", "stacked"],
    ],
    // "What about" followed by a topic that merely ends or starts like "you".
    ["What about the plan for you?", ["advice What about…"]],
    ["What about youth?", ["advice What about…"]],
    ["How about you take the lead?", ["advice How about…"]],
    // make, keep, give and matter without an "s" are verbs too.
    ["What about these changes make it hard?", []],
    ["What about these changes keep people engaged?", []],
    ["What about these rituals give the team energy?", []],
    ["What about these details matter most?", []],
    // A filler glued to the next word by dots.
    ["So...did you like it?", ["closed"]],
    // Last parts that only contain a tag: "rightly", "did Kit", "thank you".
    ["It went fine, rightly?", ["leading the statement “It went fine, rightly?”"]],
    ["It went fine, outright?", ["leading the statement “It went fine, outright?”"]],
    ["It went fine, did Kit?", ["closed"]],
    ["It went fine, did Ian?", ["closed"]],
    ["It went fine, thank you?", ["leading the statement “It went fine, thank you?”"]],
    // "Do" before an invitation is emphatic; "Did help…" is not "Do help".
    ["Did help arrive?", ["closed"]],
    // The opener in the second of three parts, before a tag.
    ["Looking back, did it work, right?", ["closed", "leading the tag “right?”"]],
    // Numbers joined by "or" are an estimate, however many digits.
    ["What happens in 10 or 12 days?", []],
    ["What happens in 2 or 10 days?", []],
    // "between", "balance"… take one "and", even after a name that starts with "and".
    ["How do you balance Andy and the team?", []],
    // Leading punctuation and an ellipsis before the question mark are not part of what is quoted.
    ["...you're fine with the move?", ["leading the statement “You're fine with the move?”"]],
    ["How is the pace, too slow overall?", ["leading the offered answer “too slow overall?”"]],
    ["How is the pace, too slow...?", ["leading the offered answer “too slow?”"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
