import { describe, expect, it } from "vitest";
import { AuditScreen } from "./pages/audit.page";
import { PersonScreen } from "./pages/person.page";
import { WorkingWithMeScreen } from "./pages/working-with-me.page";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { member } from "./support/workspace";

const CHANNELS = "Communication channels";
const WRITTEN = "Written, read when they are ready (email, document, ticket)";
const PRIVATE_WORDS = "Headphones on and a closed door until noon";
const SHARED_WORDS = "Short, with an agenda sent the day before";

describe("knowing the team: beliefs, answers with visibility, and the assumption audit", () => {
  const people = leaderAndGuest();

  it("a leader's confident assumption meets the member's answer and becomes a blind spot", async () => {
    const { server, leader, guest } = people;
    // Set up: the admin creates a team and leads it; a member joins in another browser.
    const page = leader.page;
    const team = await setUpTeamWithMember(page, guest.page);

    // The leader writes down what they believe before the member has said anything.
    await page.reload();
    await team.waitForName("Members", member.name);
    const person = new PersonScreen(page);
    await person.openFromTeam(member.name);
    await checkScreen(leader, "20-person-empty");
    await person.recordBelief(CHANNELS, { choices: [WRITTEN], source: "assumed", confidence: 5 });
    expect(await person.stateOf(CHANNELS)).toBe("Assumed");
    await checkScreen(leader, "21-person-belief");

    // The member answers: a quick call, for their leaders; one answer private; one shared with the team.
    const mine = new WorkingWithMeScreen(guest.page);
    await mine.openFromNav();
    await checkScreen(guest, "22-working-with-me-empty");
    await mine.answer(CHANNELS, { choices: ["A quick call"] }, "My leaders");
    expect(await mine.seenBy(CHANNELS)).toBe("Seen by: my leaders");
    await mine.answer("Deep-work needs", { text: PRIVATE_WORDS }, "My leaders");
    // A later change is a version of its own (one within ten minutes would replace it).
    server.ageAnswerHistory(11);
    await mine.answer("Deep-work needs", { text: PRIVATE_WORDS }, "Only me");
    expect(await mine.seenBy("Deep-work needs")).toBe("Seen by: only me");
    await mine.answer("Meeting preferences", { text: SHARED_WORDS }, "My team");
    await mine.answer("Focus rhythm", { choices: ["Early in the morning"] }, "My leaders");
    await mine.withdraw("Focus rhythm");
    expect((await mine.history("Focus rhythm"))[0]).toContain("Withdrawn");
    await checkScreen(guest, "23-working-with-me-answered");
    const history = await mine.history("Deep-work needs");
    expect(history).toHaveLength(2);
    expect(history[0]).toContain("seen by: only me");
    expect(history[1]).toContain("seen by: my leaders");
    await checkScreen(guest, "24-working-with-me-history");

    // A long history comes a page at a time; "Show older" works from the keyboard and moves the
    // focus to the first version it brought. (Private, so the leader's audit below is unchanged.)
    for (let n = 1; n <= 21; n++) {
      await mine.answerThroughApi("handling-pressure", `Breathe, then list what is urgent (${n})`);
      server.ageAnswerHistory(11);
    }
    const newest = await mine.history("Handling pressure");
    expect(newest).toHaveLength(20);
    expect(newest[0]).toContain("(21)");
    const everything = await mine.showOlder("Handling pressure");
    expect(everything).toHaveLength(21);
    expect(everything[20]).toContain("(1)");
    await expect.poll(() => mine.focused()).toContain("(1)");
    expect(await mine.offersOlder("Handling pressure")).toBe(false);
    await checkScreen(guest, "24b-working-with-me-older-history");
    expect(
      await guest.page.getByRole("link", { name: "Download my manual (Markdown)" }).getAttribute("href"),
    ).toBe("/api/v1/me/manual.md");
    expect(
      await guest.page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "My audit" })
        .count(),
    ).toBe(0);

    // The answer arrives sealed: the leader sees that it exists and when, not what it says. Their
    // belief came first, so they look, and see the answer beside it, Rapport's computed miss, and mark it.
    await page.reload();
    await person.waitUntilShown(member.name);
    expect(await person.answerSide(CHANNELS)).toContain("answered on");
    expect(await person.answerSide(CHANNELS)).not.toContain("A quick call");
    await person.lookAtAnswer(CHANNELS);
    expect(await person.answerSide(CHANNELS)).toContain("A quick call");
    expect(await person.comparisonText(CHANNELS)).toContain("Rapport computes miss");
    await person.mark(CHANNELS, "Miss");
    expect(await person.stateOf(CHANNELS)).toBe("Blind spot");

    // The private answer is nowhere on the leader's page; the other waits for a belief first.
    expect(await person.answerSide("Deep-work needs")).toContain("No answer shared with you");
    expect(await page.content()).not.toContain(PRIVATE_WORDS);
    expect(await person.answerSide("Meeting preferences")).toContain("answered on");
    expect(await page.content()).not.toContain(SHARED_WORDS);
    await checkScreen(leader, "25-person-blind-spot");
    await person.lookAtAnswer("Meeting preferences");
    expect(await person.answerSide("Meeting preferences")).toContain(SHARED_WORDS);

    // The team audit: the blind spot, its heatmap cell, the figures, and the next conversation.
    await page.goBack();
    await team.waitUntilShown("Platform");
    const audit = new AuditScreen(page);
    await audit.openFromTeam("Platform");
    expect(await audit.blindSpots()).toEqual([`${member.name}${CHANNELS}`]);
    const cell = audit.heatmapCell(member.name, CHANNELS);
    expect(await cell.getAttribute("title")).toBe(`${member.name}, ${CHANNELS}: Blind spot`);
    expect(await cell.locator('[aria-hidden="true"]').textContent()).toBe("!");
    expect(await audit.figure("Accuracy")).toBe("0%");
    expect(await audit.figure("Calibration")).toBe("1.00");
    expect(await audit.figure("Overconfidence")).toBe("Overconfident");
    expect(await audit.chartLabel("Accuracy")).toBe("Accuracy: 0%");
    const [first] = await audit.nextConversations();
    expect(first?.person).toBe(member.name);
    expect(first?.facet).toBe(CHANNELS);
    expect(first?.state).toBe("Blind spot");
    expect(first?.questions.length).toBeGreaterThanOrEqual(2);
    await checkScreen(leader, "26-team-audit");

    // The heatmap is one tab stop; arrow keys move between cells, Enter opens the person there.
    await audit.personInHeatmap(member.name).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("title"))).toBe(
      `${member.name}, ${CHANNELS}: Blind spot`,
    );
    await page.keyboard.press("Enter");
    await person.waitUntilShown(member.name);
    expect(page.url()).toContain("#facet-communication-channels");

    // "My audit" across the leader's teams reuses the dashboard.
    await audit.openFromNav();
    expect(await audit.blindSpots()).toEqual([`${member.name}${CHANNELS}`]);
    await checkScreen(leader, "27-my-audit");

    // A phone-sized window: the heatmap scrolls sideways instead of squeezing, and stays accessible.
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page
      .locator(".heatmap-wrap")
      .evaluate(
        (wrap) =>
          wrap.scrollWidth > wrap.clientWidth && document.documentElement.scrollWidth <= window.innerWidth,
      );
    expect(overflow).toBe(true);
    await checkScreen(leader, "28-my-audit-narrow");
    await audit.personInHeatmap(member.name).click();
    await person.waitUntilShown(member.name);
    await checkScreen(leader, "29-person-narrow");
    await guest.page.setViewportSize({ width: 390, height: 844 });
    await checkScreen(guest, "30-working-with-me-narrow");
  });
});
