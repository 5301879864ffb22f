import { describe, expect, it } from "vitest";
import { AuditScreen } from "./pages/audit.page";
import { PersonScreen } from "./pages/person.page";
import { WorkingWithMeScreen } from "./pages/working-with-me.page";
import { recordApiResponses } from "./support/api-responses";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { member } from "./support/workspace";

const DRAINS = "What drains them";
const DRAINS_WORDS = "Status meetings that end without a decision";
const FOCUS = "Focus rhythm";
const MEETINGS = "Meeting preferences";
const MEETING_WORDS = "Small, short, and with the agenda the day before";

describe("sealed answers: the member answers first, the leader guesses, then looks", () => {
  const people = leaderAndGuest();

  it("counts a belief written without looking, and marks one changed after looking", async () => {
    const { leader, guest } = people;
    const page = leader.page;
    const team = await setUpTeamWithMember(page, guest.page);
    // Everything the leader's browser is sent from here on, shown or not.
    const sent = recordApiResponses(leader.context);

    // The member answers first, before their leader has written anything down.
    const mine = new WorkingWithMeScreen(guest.page);
    await mine.openFromNav();
    await mine.answer(DRAINS, { text: DRAINS_WORDS }, "My leaders");
    await mine.answer(FOCUS, { choices: ["Early in the morning"] }, "My leaders");
    await mine.answer(MEETINGS, { text: MEETING_WORDS }, "My team");

    // The leader's page says they answered and when, never what: the words are in no response.
    await page.reload();
    await team.waitForName("Members", member.name);
    const person = new PersonScreen(page);
    await person.openFromTeam(member.name);
    expect(await person.stateOf(DRAINS)).toBe("Answered");
    expect(await person.answerSide(DRAINS)).toMatch(
      /answered on .+Write down what you think first, then look/,
    );
    const content = await page.content();
    for (const words of [DRAINS_WORDS, MEETING_WORDS, "Early in the morning"])
      expect(content).not.toContain(words);
    await checkScreen(leader, "40-person-sealed");

    // The audit lists them as waiting for a guess, ahead of the conversations.
    await page.goBack();
    await team.waitUntilShown("Platform");
    const audit = new AuditScreen(page);
    await audit.openFromTeam("Platform");
    const auditUrl = page.url();
    const reopenAudit = async () => {
      await page.goto(auditUrl);
      await page.getByRole("heading", { level: 1, name: "Platform: assumption audit" }).waitFor();
      await page.getByRole("grid").waitFor();
    };
    await page.getByRole("heading", { name: "3 answers are waiting for your guess" }).waitFor();
    expect(await audit.figure("Accuracy")).toBe("–");
    expect(await audit.figure("Calibration")).toBe("–");
    expect(await audit.heatmapCell(member.name, DRAINS).getAttribute("title")).toBe(
      `${member.name}, ${DRAINS}: Answered`,
    );
    await checkScreen(leader, "41-audit-waiting-for-a-guess");

    // Beliefs at confidence 5, written without looking: each counts, and the answer shows.
    await page
      .getByRole("list", { name: "Answers waiting for your guess" })
      .getByRole("link")
      .first()
      .click();
    await person.waitUntilShown(member.name);
    await person.recordBelief(FOCUS, {
      choices: ["Towards the end of the day"],
      source: "assumed",
      confidence: 5,
    });
    expect(await person.answerSide(FOCUS)).toContain("Early in the morning");
    expect(await person.stateOf(FOCUS)).toBe("Blind spot");
    // Until the leader wrote down what they think, no response carried the words to their browser.
    const untilTheBelief = await sent.bodies();
    expect(untilTheBelief.some((body) => body.includes(`/api/v1/people/`))).toBe(true);
    for (const body of untilTheBelief) expect(body).not.toContain(DRAINS_WORDS);
    await person.recordBelief(DRAINS, { text: "Long one-to-ones", source: "inferred", confidence: 5 });
    expect(await person.answerSide(DRAINS)).toContain(DRAINS_WORDS);
    expect(await person.beliefSide(DRAINS)).not.toContain("Written after you looked");
    await person.mark(DRAINS, "Match");
    expect(await person.stateOf(DRAINS)).toBe("Verified");
    await checkScreen(leader, "42-person-guessed-then-shown");

    // Accuracy and calibration have numbers: a match and a miss, both at certainty.
    await reopenAudit();
    expect(await audit.figure("Accuracy")).toBe("50%");
    expect(await audit.figure("Calibration")).toBe("0.50");
    await page.getByRole("heading", { name: "1 answer is waiting for your guess" }).waitFor();
    await checkScreen(leader, "43-audit-counted");

    // A belief changed after looking is kept, marked, and leaves the figures.
    await audit.heatmapCell(member.name, DRAINS).click();
    await person.waitUntilShown(member.name);
    await person.recordBelief(DRAINS, { text: DRAINS_WORDS, source: "inferred", confidence: 4 });
    expect(await person.beliefSide(DRAINS)).toContain("Written after you looked at their answer");
    expect(await person.stateOf(DRAINS)).toBe("Learned");

    // The answer the leader has not looked at yet has reached their browser in no response.
    for (const body of await sent.bodies()) expect(body).not.toContain(MEETING_WORDS);
    sent.stop();
    // Looking on purpose, from the keyboard: the look is recorded and the keyboard lands on the answer.
    await person
      .facet(MEETINGS)
      .getByRole("button", { name: /^Look at their answer/ })
      .focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toBe(MEETING_WORDS);
    expect(await person.stateOf(MEETINGS)).toBe("Learned");

    await reopenAudit();
    expect(await audit.figure("Accuracy")).toBe("0%");
    expect(await audit.figure("Calibration")).toBe("1.00");
    expect(await page.getByRole("heading", { name: /waiting for your guess/ }).count()).toBe(0);

    // A phone-sized window: the sealed answer, its button and the form stay usable.
    await mine.answer(DRAINS, { text: "Meetings that could have been an email" }, "My leaders");
    await page.setViewportSize({ width: 390, height: 844 });
    await reopenAudit();
    await audit.heatmapCell(member.name, DRAINS).click();
    await person.waitUntilShown(member.name);
    await expect.poll(() => person.answerSide(DRAINS)).toContain("answered on");
    expect(await person.answerSide(DRAINS)).not.toContain("could have been an email");
    await person.facet(DRAINS).scrollIntoViewIfNeeded();
    await checkScreen(leader, "44-person-sealed-again-narrow");
  });
});
