/**
 * The question linter (PRODUCT.md, "Questions"; SCIENCE.md, "Question linter rules"): as a leader writes
 * a question, it flags the patterns that shut a conversation down, each with a reason and a rewrite.
 * Pure: no I/O, no clock, no randomness, so the web app and the server give the same answer.
 *
 * Rules (several can apply at once; a question that triggers none is open):
 * - closed: opens with an auxiliary or modal verb (do, does, did, is, are, was, were, can, could, will,
 *   would, should, have, has, had, am, may, shall, might, must), a negative contraction (isn't, don't,
 *   didn't, won't, can't…), or "Any/Anything…?" (an "Is there anything…?" with the verb dropped).
 *   The opener is the first comma-separated part that starts like a question, after fillers such as
 *   "So," or "And": "Looking back, did anything stand out?" is closed. A lead-in gives way to the
 *   question after it ("What do you think — is the plan realistic?" is closed). An auxiliary with its
 *   subject dropped is the leader's statement ("Would love to hear…", "Was wondering how…", "Can't
 *   wait to hear…", "Have a think: …"). A question with its verb dropped is closed ("Ready for
 *   Friday?", "Everything ok?", "You doing ok?").
 * - why: opens with "why"; "why didn't / haven't / don't / wasn't…" gets a stronger message.
 *   "How come" and "What made you" are open.
 * - leading: tag questions (", right?", ", aren't you?", ", didn't it?"), negative openers ("Isn't it…",
 *   "Don't you…") and steering words (surely, obviously, clearly, of course, don't you think, wouldn't
 *   you agree…). A tag question is leading, not closed: its opener is the statement before the tag.
 *   Also leading: a statement with a question mark ("You're happy with the plan?", "That worked for
 *   you?") and an answer offered after the question ("What's your take — too ambitious?", "How's the
 *   role, all good?"); see linter-statements.ts. Without a question mark a statement is a prompt and
 *   stays open, unless it ends in a tag ("you're fine with it right"). A question asked indirectly
 *   ("I'm curious what you think?") and a paraphrase checked ("You're saying the pace is the problem?")
 *   state no answer of the leader's.
 * - advice: have you tried / considered / thought about, what about / how about (followed by a topic,
 *   not by a verb), shouldn't you, why not, could you just, wouldn't it be better, you should…
 * - double_barreled and forced_choice: see linter-conjunctions.ts for the heuristic.
 * - stacked: more than one question mark; "??" and "?!" count once, a "?" with no words before it not at all.
 * - loaded: always, never, constantly, failure, fault, blame, and words that judge the person (lazy,
 *   excuse, careless, incompetent, useless, "dropped the ball", "what's wrong with you"…). Not the
 *   neutral uses (linter-absolutes.ts): set phrases ("as always", "not always", "no-blame"), the
 *   leader's own absolutes ("I never got this right"), and the person's own wants and experience asked
 *   openly ("What have you always wanted to try?", "What would you never compromise on?").
 * - double_barreled: in an open question, joined adjectives are one state ("What keeps you calm and
 *   focused?") and an "and" inside a scene carries one story ("a time you took a risk and it paid off").
 *
 * Text is matched case-insensitively after normalising curly quotes, apostrophes and spaces. A missing
 * question mark is fine ("Tell me about your week." is open; "Is it going well" is closed).
 * Text with no letter or digit ("", "   ", "???") is not a question: the result is
 * { open: false, findings: [], language: null }, so nothing is praised as open and nothing is flagged.
 * Callers that need a question reject blank input themselves, with their own message. Text that does not
 * read as English (linter-language.ts) is not read either: { open: false, findings: [], language: "other" }.
 */
import { doubleBarreledRule, forcedChoiceRule } from "./linter-conjunctions";
import { readsAsEnglish } from "./linter-language";
import {
  adviceRule,
  closedRule,
  leadingRule,
  loadedRule,
  stackedRule,
  type TextRule,
  whyRule,
} from "./linter-rules";
import { hasContent, normalize, questionClauses } from "./linter-text";
import { LINT_CODES, type LintCode, type LintFinding, type LintResult } from "./linter-types";

export { LINT_CODES, type LintCode, type LintFinding, type LintResult };

const RULES: Readonly<Record<LintCode, TextRule>> = {
  closed: closedRule,
  why: whyRule,
  leading: leadingRule,
  advice: adviceRule,
  double_barreled: doubleBarreledRule,
  stacked: stackedRule,
  forced_choice: forcedChoiceRule,
  loaded: loadedRule,
};

/** Lints one question. Findings come in LINT_CODES order, at most one per code. */
export function lintQuestion(text: string): LintResult {
  if (!hasContent(text)) return { open: false, findings: [], language: null };
  const normalized = normalize(text);
  if (!readsAsEnglish(normalized)) return { open: false, findings: [], language: "other" };
  const clauses = questionClauses(normalized);
  const findings: LintFinding[] = [];
  for (const code of LINT_CODES) {
    const finding = RULES[code](normalized, clauses);
    if (finding !== null) findings.push(finding);
  }
  return { open: findings.length === 0, findings, language: "english" };
}

/** Lints a list of questions, one result per text, in the same order. */
export function lintQuestions(texts: readonly string[]): LintResult[] {
  return texts.map(lintQuestion);
}
