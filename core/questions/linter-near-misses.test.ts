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
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
