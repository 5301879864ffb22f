import { beforeEach, describe, expect, it } from "vitest";
import { LearnScreen } from "./pages/learn.page";
import { QuestionBankScreen } from "./pages/question-bank.page";
import { QuestionListScreen } from "./pages/question-list.page";
import { QuestionListsScreen } from "./pages/question-lists.page";
import type { BrowserSession } from "./support/browser";
import { checkScreen } from "./support/check-screen";
import { questionsSession } from "./support/questions-session";

const countsOf = (text: string) => {
  const match = /(\d+) questions? in use(?: · (\d+) retired)?/.exec(text);
  return { inUse: Number(match?.[1] ?? -1), retired: Number(match?.[2] ?? 0) };
};

describe("questions: a leader makes the bank their own, with the linter's help", () => {
  const session = questionsSession("q-failed");
  let leader: BrowserSession;
  beforeEach(() => {
    leader = session.leader();
  });

  it("copies the bank, writes a question with live linting, retires one, and round-trips a CSV export", async () => {
    const page = leader.page;
    const lists = new QuestionListsScreen(page);
    await checkScreen(leader, "q01-question-lists-empty");
    await lists.createFromBank("First 1:1s");

    const list = new QuestionListScreen(page);
    await list.waitUntilShown("First 1:1s");
    const copied = countsOf(await list.counts());
    expect(copied.inUse).toBeGreaterThanOrEqual(150);
    expect(copied.retired).toBe(0);
    await checkScreen(leader, "q02-list-from-bank");

    // A closed question: the linter says so, with the reason and a rewrite, in the live region.
    await list.typeNewQuestion("Is the project going well?");
    const finding = await list.waitForFinding("closed");
    expect(finding).toContain("yes or a no");
    expect(finding).toContain("How is the project going for you?");
    expect(await list.newQuestionFeedback.getAttribute("aria-live")).toBe("polite");
    await checkScreen(leader, "q03-editor-closed-finding");

    // In another language, the linter says it reads English only rather than calling it open.
    await list.typeNewQuestion("¿Cómo va el proyecto para ti?");
    await list.newQuestionFeedback.getByText("Rapport checks questions in English only").waitFor();
    expect(await list.newQuestionFeedback.textContent()).not.toContain("Open question");

    // Reworded as an open question, the finding clears.
    await list.typeNewQuestion("How is the project going for you?");
    await list.waitForOpenVerdict();
    expect(await list.newQuestionFeedback.locator("[data-code]").count()).toBe(0);
    await checkScreen(leader, "q04-editor-open");
    await list.addQuestion();
    expect(countsOf(await list.counts()).inUse).toBe(copied.inUse + 1);
    await list.search("going for you");
    expect(await list.questionTexts()).toEqual(["How is the project going for you?"]);
    await list.search("");
    const texts = await list.questionTexts();

    // Retire the first question; reorder from the question's menu.
    const first = texts[0] ?? "";
    const second = texts[1] ?? "";
    await list.retire(first);
    expect(countsOf(await list.counts())).toEqual({ inUse: copied.inUse, retired: 1 });
    await list.moveDown(second);
    const moved = await list.questionTexts();
    expect(moved.indexOf(second)).toBe(1);
    // Focus follows the moved question, back on its menu, so the next move is one key away.
    expect(await list.focusedName()).toBe("More actions for question 3");
    await list.showRetired();
    await list.item(first).getByText("Retired", { exact: true }).waitFor();
    await checkScreen(leader, "q05-list-retired-shown");

    // Export CSV as the browser would (same session), then import it as a new list.
    const csv = await list.fetchExport("CSV");
    expect(csv.status).toBe(200);
    expect(csv.type).toContain("text/csv");
    expect(csv.body.split(/\r?\n/)[0]).toBe("text,facet,topic,depth,retired");
    const markdown = await list.fetchExport("Markdown");
    expect(markdown.status).toBe(200);
    expect(markdown.body).toContain("How is the project going for you?");

    await lists.openFromNav();
    await lists.importPasted("First 1:1s, imported", "CSV", csv.body);
    expect(await lists.importResultText()).toContain(`${copied.inUse} questions in use, 1 retired`);
    await checkScreen(leader, "q06-import-result");
    await lists.openImported("First 1:1s, imported");
    await list.waitUntilShown("First 1:1s, imported");
    expect(countsOf(await list.counts())).toEqual({ inUse: copied.inUse, retired: 1 });
    const reExported = await list.fetchExport("CSV");
    expect(reExported.body).toBe(csv.body);

    // The Markdown export, chosen as a file, imports to the same list too.
    await lists.openFromNav();
    await lists.importFile("First 1:1s, from Markdown", "first-1-1s.md", markdown.body);
    expect(await lists.importResultText()).toContain(`${copied.inUse} questions in use, 1 retired`);
    await lists.openImported("First 1:1s, from Markdown");
    await list.waitUntilShown("First 1:1s, from Markdown");
    expect((await list.fetchExport("CSV")).body).toBe(csv.body);

    // A phone-sized window: the list stays usable and passes the same checks.
    await page.setViewportSize({ width: 390, height: 844 });
    await checkScreen(leader, "q07-list-narrow");
    await page.setViewportSize({ width: 1280, height: 860 });
  }, 300_000);

  it("refuses an import with a bad row, naming the row, and imports nothing", async () => {
    const lists = new QuestionListsScreen(leader.page);
    await leader.page.goto("/questions");
    await lists.waitUntilShown();
    const before = await lists.listCard("Broken").count();
    const content = [
      "text,facet,topic,depth,retired",
      "How is your week going?,,,light,false",
      "What would you change first?,,team,bottomless,false",
    ].join("\n");
    await lists.importPasted("Broken", "CSV", content);
    const refusal = await lists.refusalText();
    expect(refusal).toContain("Nothing was imported");
    expect(refusal).toContain("Row 3");
    expect(refusal).toContain("bottomless");
    await checkScreen(leader, "q08-import-refused");
    expect(await lists.listCard("Broken").count()).toBe(before);

    // Findings never block an import: each is reported with its row.
    await lists.importPasted(
      "With findings",
      "CSV",
      "text,facet,topic,depth,retired\nWhy was it late?,,,light,false\n",
    );
    const result = await lists.importResultText();
    expect(result).toContain("Row 2");
    expect(result).toContain("“Why” question");
  });

  it("browses the bank by depth and copies the filtered part into a new list", async () => {
    const page = leader.page;
    const lists = new QuestionListsScreen(page);
    await page.goto("/questions");
    await lists.waitUntilShown();
    await lists.openBank();
    const bank = new QuestionBankScreen(page);
    await bank.filterByDepth("Deep");
    const deep = await bank.shownCount();
    expect(deep).toBeGreaterThan(0);
    expect(new Set(await bank.depthTags())).toEqual(new Set(["Deep"]));
    await checkScreen(leader, "q09-bank-deep");
    await bank.copyIntoNewList("Deep ones");
    const list = new QuestionListScreen(page);
    await list.waitUntilShown("Deep ones");
    expect(countsOf(await list.counts()).inUse).toBe(deep);

    await list.deleteList();
    await lists.waitUntilShown();
    await page.getByRole("status").getByText("Deleted “Deep ones”.").waitFor();
    expect(await lists.listCard("Deep ones").count()).toBe(0);
  });

  it("links a finding to the open-questions explainer and shows every explainer", async () => {
    const page = leader.page;
    const lists = new QuestionListsScreen(page);
    await page.goto("/questions");
    await lists.waitUntilShown();
    await lists.listCard("First 1:1s").first().getByRole("link").click();
    const list = new QuestionListScreen(page);
    await list.waitUntilShown("First 1:1s");
    await list.typeNewQuestion("Why did the release slip?");
    await list.waitForFinding("why");
    await list.newQuestionFeedback.getByRole("link", { name: /Open and curious questions/ }).click();
    await page.getByRole("heading", { level: 1, name: "Open and curious questions" }).waitFor();
    expect(page.url()).toMatch(/\/learn\/open-questions#why$/);
    await page.waitForFunction(() => document.activeElement?.id === "why");
    await checkScreen(leader, "q10-explainer-open-questions");

    const learn = new LearnScreen(page);
    await learn.openFromNav();
    expect(await learn.titles()).toEqual([
      "Open and curious questions",
      "Active listening",
      "The vulnerability loop",
      "Followership styles",
      "Starting a movement",
      "Assumptions and calibration",
    ]);
    await checkScreen(leader, "q11-learn");
    for (const [title, shot] of [
      ["Active listening", "q12-explainer-active-listening"],
      ["Followership styles", "q13-explainer-followership"],
      ["Assumptions and calibration", "q14-explainer-calibration"],
    ] as const) {
      await learn.open(title);
      await checkScreen(leader, shot);
      await page.goBack();
      await page.getByRole("heading", { level: 1, name: "Learn" }).waitFor();
    }
  });
});
