import { describe, expect, it } from "vitest";
import { ConversationScreen, PlanConversationScreen } from "./pages/conversation.page";
import { HomeScreen } from "./pages/home.page";
import { PersonScreen } from "./pages/person.page";
import { WorkingWithMeScreen } from "./pages/working-with-me.page";
import { recordApiResponses } from "./support/api-responses";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { admin, member } from "./support/workspace";

const FOCUS = "Focus rhythm";
const DRAINS = "What drains them";
const GROWTH = "Growth and career aims";
const OWN_QUESTION = "Why did the release slip?";
const TALKING_POINT = "I would like to pair with design on the onboarding flow";
const SHARED_NOTE = "We agreed: mornings stay free of meetings.";
const PRIVATE_NOTE = "Seemed tired; ask about workload next time.";
const SIGNAL = "I told Mina I misjudged how long the migration would take.";
const LEARNED = "Meetings that end without a decision";
const COMMITMENT = "Move the team's status meeting to the afternoon";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

/** The day a week from today in the browser's zone, as a date input holds it. */
const weekFromToday = () => {
  const date = new Date();
  date.setDate(date.getDate() + 7);
  return date;
};

describe("conversations: planned from a blind spot, logged, and seen by the member without the private parts", () => {
  const people = leaderAndGuest();

  it("runs issue 10's scenario in the browser", async () => {
    const { leader, guest } = people;
    const page = leader.page;
    const team = await setUpTeamWithMember(page, guest.page);
    const firstName = member.name.split(" ")[0] ?? member.name;

    // A blind spot: the member answers, the leader guesses wrong at certainty.
    const mine = new WorkingWithMeScreen(guest.page);
    await mine.openFromNav();
    await mine.answer(FOCUS, { choices: ["Early in the morning"] }, "My leaders");
    await page.reload();
    await team.waitForName("Members", member.name);
    const person = new PersonScreen(page);
    await person.openFromTeam(member.name);
    await person.recordBelief(FOCUS, {
      choices: ["Towards the end of the day"],
      source: "assumed",
      confidence: 5,
    });
    expect(await person.stateOf(FOCUS)).toBe("Blind spot");

    // The home suggests a conversation about it; the leader plans it from there.
    const home = new HomeScreen(page);
    await home.open();
    const blindSpots = home.leading().getByRole("region", { name: /^Blind spots/ });
    await blindSpots.getByRole("link", { name: FOCUS }).waitFor();
    await blindSpots.getByRole("link", { name: `Plan a conversation with ${member.name}` }).click();
    const plan = new PlanConversationScreen(page);
    await plan.waitUntilShown(member.name);
    const agenda = await plan.agendaTexts();
    expect(agenda.length).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => page.locator(".agenda-editor__about").first().textContent())
      .toBe(`About: ${FOCUS}`);
    // A question the leader types is linted as it is typed.
    await plan.addQuestion(OWN_QUESTION);
    await plan.lastLint().locator('[data-code="why"]').waitFor();
    expect(await plan.lastLint().getAttribute("aria-live")).toBe("polite");
    await checkScreen(leader, "c01-plan-from-blind-spot");
    await page.getByRole("button", { name: `Remove question ${agenda.length + 1}` }).click();
    await plan.plan();

    const conversation = new ConversationScreen(page);
    await conversation.waitUntilShown(member.name);
    const conversationUrl = page.url();
    await page.getByText(`The conversation is planned. ${firstName} sees it on their home.`).waitFor();

    // Both homes show it coming up.
    await home.open();
    const leaderUpcoming = home.leading().getByRole("region", { name: /^Upcoming conversations/ });
    expect(await leaderUpcoming.textContent()).toContain(member.name);

    // The member's home shows the upcoming conversation; they open it and add a talking point.
    const memberHome = new HomeScreen(guest.page);
    await memberHome.open();
    const withLeaders = guest.page.getByRole("region", { name: "With your leaders" });
    const upcoming = withLeaders.getByRole("region", { name: /^Upcoming conversations/ });
    expect(await upcoming.textContent()).toContain(admin.name);
    await checkScreen(guest, "c02-member-home-upcoming");
    await upcoming.getByRole("link").first().click();
    const theirs = new ConversationScreen(guest.page);
    await theirs.waitUntilShown(admin.name);
    await theirs
      .panel("Agenda")
      .getByText(agenda[0] ?? "", { exact: true })
      .waitFor();
    await theirs.panel("Agenda").getByLabel("Your talking point").fill(TALKING_POINT);
    await theirs.panel("Agenda").getByRole("button", { name: "Add talking point" }).click();
    await theirs.panel("Agenda").getByText("Your talking point is on the agenda.").waitFor();
    await theirs.panel("Agenda").getByText(TALKING_POINT, { exact: true }).waitFor();
    await checkScreen(guest, "c03-member-adds-talking-point");

    // The leader logs it: two questions asked (one from the keyboard), both kinds of notes.
    await page.goto(conversationUrl);
    await conversation.waitUntilShown(member.name);
    await conversation.panel("Agenda").getByText(TALKING_POINT).waitFor();
    await conversation.markAsked(agenda[0] ?? "");
    await conversation.agendaBox(agenda[1] ?? "").focus();
    await page.keyboard.press("Space");
    await expect.poll(() => conversation.agendaBox(agenda[1] ?? "").isChecked()).toBe(true);
    await conversation.writeNotes(SHARED_NOTE, PRIVATE_NOTE);

    // What was learned becomes a belief with the source "asked": the facet turns verified.
    await conversation.recordLearning(DRAINS, { text: LEARNED, confidence: 4 });
    // Or the member is asked to write it down themselves.
    await conversation.askToRecord(GROWTH, firstName);
    await conversation.shareFirst(SIGNAL);
    await conversation.recordCommitment(COMMITMENT, "I did");
    const commitments = conversation.panel("Commitments");
    await commitments
      .getByText(`Due ${new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(weekFromToday())}`)
      .waitFor();
    await checkScreen(leader, "c04-leader-logs");

    // Marked held, the self-check is offered and the keyboard lands on it.
    await page.getByRole("button", { name: "Mark as held" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toBe("How did you listen?");
    const check = conversation.panel("Listening self-check");
    for (const [question, answer] of [
      ["Did I interrupt?", "No"],
      ["Did I paraphrase what I heard and check it?", "Yes"],
      ["Did I give advice nobody asked for?", "Yes"],
    ] as const) {
      await check.getByRole("group", { name: question }).getByRole("radio", { name: answer }).check();
    }
    await check.getByLabel("Your share of the talk time, in percent").fill("70");
    const level = check.locator(".talk-share");
    await expect.poll(() => level.getAttribute("data-level")).toBe("red");
    expect(await level.textContent()).toContain("70% Above 65%: the conversation became yours");
    await check.getByRole("button", { name: "Save self-check" }).click();
    await check.getByText("Your self-check is saved.").waitFor();
    await checkScreen(leader, "c05-self-check-red");

    // A talk share of 130 is refused, naming it, and nothing changes.
    await check.getByLabel("Your share of the talk time, in percent").fill("130");
    await check.getByRole("button", { name: "Save self-check" }).click();
    await check.getByText("Talk share must be a whole number from 0 to 100.").waitFor();
    await page.reload();
    await conversation.waitUntilShown(member.name);
    expect(await check.getByLabel("Your share of the talk time, in percent").inputValue()).toBe("70");
    await page.setViewportSize(PHONE);
    await checkScreen(leader, "c06-leader-conversation-narrow");
    await page.setViewportSize(DESKTOP);

    // The person page: the facet learned by asking is verified, and the conversation is in the history.
    await page.getByRole("link", { name: `Back to ${member.name}'s page` }).click();
    await person.waitUntilShown(member.name);
    expect(await person.stateOf(DRAINS)).toBe("Verified");
    const history = page.getByRole("region", { name: "Conversations" });
    await history.getByRole("link", { name: /30 minutes/ }).waitFor();
    expect(await history.textContent()).toContain("Held");
    await history.getByLabel(`How often you talk with ${firstName}`).selectOption("fortnightly");
    await history.getByText("Saved: every two weeks.").waitFor();
    await checkScreen(leader, "c07-person-history");

    // The member sees the conversation, the shared note and the commitment, none of the private parts.
    const sent = recordApiResponses(guest.context);
    await memberHome.open();
    await withLeaders
      .getByRole("region", { name: /^Asked of you/ })
      .getByRole("link", { name: GROWTH })
      .waitFor();
    await guest.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Conversations" })
      .click();
    await guest.page.getByRole("heading", { level: 1, name: "Your conversations" }).waitFor();
    expect(await guest.page.locator(".conversation-list").textContent()).toContain("Held");
    await checkScreen(guest, "c10-member-conversations");
    await guest.page.goto(conversationUrl);
    await theirs.waitUntilShown(admin.name);
    await theirs.panel("Shared notes").getByText(SHARED_NOTE).waitFor();
    await theirs.panel("Commitments").getByText(COMMITMENT, { exact: true }).waitFor();
    expect(await theirs.panel("Commitments").textContent()).toContain(`${admin.name} promised`);
    const shown = await guest.page.content();
    for (const secret of [PRIVATE_NOTE, SIGNAL, "How did you listen?", "Vulnerability loop", "70%"])
      expect(shown).not.toContain(secret);
    sent.stop();
    const bodies = await sent.bodies();
    expect(bodies.some((body) => body.includes("/api/v1/conversations/"))).toBe(true);
    for (const body of bodies) {
      expect(body).not.toContain(PRIVATE_NOTE);
      expect(body).not.toContain(SIGNAL);
      expect(body).not.toContain("privateNotes");
      expect(body).not.toContain("listeningCheck");
    }
    await checkScreen(guest, "c08-member-view");
    await guest.page.setViewportSize(PHONE);
    await checkScreen(guest, "c09-member-view-narrow");
    await guest.page.setViewportSize(DESKTOP);
  });
});
