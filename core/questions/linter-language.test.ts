import { describe, expect, it } from "vitest";
import { BANK_QUESTIONS } from "./bank";
import { LINT_EXAMPLES } from "./lint-examples";
import { lintQuestion } from "./linter";
import { readsAsEnglish } from "./linter-language";

describe("whether a question reads as English", () => {
  it.each([
    "What helps you focus?",
    "Tell me about your week.",
    "Thoughts?",
    "How's it going with the Zeitgeist project?",
    "Was it hard?", // "was" is English as well as German
    "Is the plan clear?",
    "Do you see a way through?",
    "Won't that be hard?",
    "What is one thing le chef did well?", // a foreign word or two inside English
  ])("reads %j as English", (text) => {
    expect(readsAsEnglish(text)).toBe(true);
  });

  it.each([
    ["Spanish", "¿Qué te ayuda a concentrarte?"],
    ["Spanish", "¿Cómo estás con el proyecto?"],
    ["French", "Qu'est-ce qui t'aide à te concentrer ?"],
    ["French", "Comment vous sentez-vous dans l'équipe ?"],
    ["German", "Was hilft dir, dich zu konzentrieren?"],
    ["German", "Wie geht es dir mit dem Projekt?"],
    ["Portuguese", "Como você se sente na equipe?"],
    ["Italian", "Che cosa ti aiuta a concentrarti?"],
    ["Dutch", "Hoe gaat het met jou en het team?"],
    ["Russian", "Что помогает тебе сосредоточиться?"],
    ["Japanese", "集中するのに何が役立ちますか？"],
    ["Greek", "Τι σε βοηθά να συγκεντρωθείς;"],
  ])("does not read %s as English: %j", (_language, text) => {
    expect(readsAsEnglish(text)).toBe(false);
  });

  it("decides by the script first: text mostly in another script is not English, half of it still is", () => {
    expect(readsAsEnglish("ok да")).toBe(true); // two Latin letters of four
    expect(readsAsEnglish("o да")).toBe(false); // one of three
    expect(readsAsEnglish("What does спасибо mean?")).toBe(true);
  });

  it("counts English and other little words, and a tie reads as English", () => {
    expect(readsAsEnglish("the el")).toBe(true);
    expect(readsAsEnglish("el y")).toBe(false);
    expect(readsAsEnglish("the you el y")).toBe(true);
    expect(readsAsEnglish("the el y")).toBe(false);
    expect(readsAsEnglish("THE EL Y")).toBe(false); // case does not matter
    expect(readsAsEnglish("You're here, qué?")).toBe(true); // an apostrophe keeps a word whole
  });

  it("counts a contraction as one English word, whatever follows its apostrophe", () => {
    // "sure" and "worry" are on neither list: the contraction alone outweighs "qué".
    expect(readsAsEnglish("You're sure, qué?")).toBe(true);
    expect(readsAsEnglish("Don't worry, qué?")).toBe(true);
  });

  it("reads every bank question and every linter example as English", () => {
    for (const { text } of BANK_QUESTIONS) expect(readsAsEnglish(text), text).toBe(true);
    for (const { text } of LINT_EXAMPLES) expect(readsAsEnglish(text), text).toBe(true);
  });
});

describe("the linter on a question it cannot read", () => {
  it("says it does not read the language instead of calling the question open", () => {
    expect(lintQuestion("¿Qué te ayuda a concentrarte?")).toEqual({
      open: false,
      findings: [],
      language: "other",
    });
    expect(lintQuestion("Wie geht es dir?")).toEqual({ open: false, findings: [], language: "other" });
  });

  it("reads English as before, saying so", () => {
    expect(lintQuestion("What helps you focus?")).toEqual({ open: true, findings: [], language: "english" });
    expect(lintQuestion("Did it go well?")).toMatchObject({ open: false, language: "english" });
    expect(lintQuestion("Did it go well?").findings.map((finding) => finding.code)).toEqual(["closed"]);
  });

  it("has nothing to say of text with no letter or digit", () => {
    expect(lintQuestion(" ?? ")).toEqual({ open: false, findings: [], language: null });
  });
});
