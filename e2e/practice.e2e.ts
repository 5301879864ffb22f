import type { APIResponse } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AccountScreen } from "./pages/account.page";
import { ConversationScreen } from "./pages/conversation.page";
import { HomeScreen } from "./pages/home.page";
import { PracticeScreen } from "./pages/practice.page";
import type { BrowserSession } from "./support/browser";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { member } from "./support/workspace";

const MINUTE = 60_000;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

/** A call to the API as the browser's signed-in person (its cookies), from the app's own origin. */
async function call(
  session: BrowserSession,
  method: "GET" | "POST" | "PATCH",
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const origin = new URL(session.page.url()).origin;
  const response: APIResponse = await session.context.request.fetch(`/api/v1${path}`, {
    method,
    headers: { origin, "content-type": "application/json" },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

const userOf = async (session: BrowserSession) =>
  (await call(session, "GET", "/me")).user as Record<string, unknown>;

describe("practice figures and account settings", () => {
  const people = leaderAndGuest();

  it("the account page keeps a time zone and the mail switches, saved only when asked, from the keyboard too", async () => {
    const { leader, guest } = people;
    const page = leader.page;
    await setUpTeamWithMember(page, guest.page);

    // This browser says it is in São Paulo, a zone nobody saved.
    const devtools = await leader.context.newCDPSession(page);
    await devtools.send("Emulation.setTimezoneOverride", { timezoneId: "America/Sao_Paulo" });
    const account = new AccountScreen(page);
    await account.openFromNav();
    const settings = account.settings();
    const zone = settings.getByLabel("Time zone", { exact: true });
    // Nothing chosen yet: the saved zone (UTC) shows, not the browser's, which is only offered.
    expect(await zone.inputValue()).toBe("UTC");
    await settings.getByText("Saved: UTC.").waitFor();
    await settings.getByText("This browser is set to America/Sao Paulo.").waitFor();
    await checkScreen(leader, "practice-01-account-settings");

    await account.saveTimeZone("Europe/Berlin");
    await page.reload();
    await settings.getByText("Saved: Europe/Berlin.").waitFor();
    expect(await zone.inputValue()).toBe("Europe/Berlin");
    expect(await userOf(leader)).toMatchObject({
      timeZone: "Europe/Berlin",
      digestEnabled: true,
      remindersEnabled: true,
    });

    // The browser's own zone is offered, and saved only by pressing Save, here from the keyboard.
    await settings.getByRole("button", { name: "Choose America/Sao Paulo" }).focus();
    await page.keyboard.press("Enter");
    expect(await zone.inputValue()).toBe("America/Sao_Paulo");
    expect((await userOf(leader)).timeZone).toBe("Europe/Berlin");
    await settings.getByRole("button", { name: "Save settings" }).focus();
    await page.keyboard.press("Enter");
    await settings.getByText("Your settings are saved.").waitFor();
    expect((await userOf(leader)).timeZone).toBe("America/Sao_Paulo");
    await settings.getByText("Saved: America/Sao Paulo.").waitFor();

    // Reminders off, from the keyboard: Space turns the switch, Enter on the button saves.
    const reminders = account.mailSwitch(
      "Remind me by mail of a conversation the day before, and of a trust pulse I have not answered",
    );
    expect(await reminders.isChecked()).toBe(true);
    await reminders.focus();
    await page.keyboard.press("Space");
    expect(await reminders.isChecked()).toBe(false);
    await settings.getByRole("button", { name: "Save settings" }).focus();
    await page.keyboard.press("Enter");
    await settings.getByText("Your settings are saved.").waitFor();
    expect(await userOf(leader)).toMatchObject({ remindersEnabled: false, timeZone: "America/Sao_Paulo" });
    await page.reload();
    expect(await reminders.isChecked()).toBe(false);

    // The weekly digest, for a leader: off, saved, and so read back.
    const digest = account.mailSwitch("Send me a weekly digest by mail");
    await digest.click();
    await settings.getByRole("button", { name: "Save settings" }).click();
    await settings.getByText("Your settings are saved.").waitFor();
    expect(await userOf(leader)).toMatchObject({ digestEnabled: false, remindersEnabled: false });

    // A member who leads no team has no digest to turn off.
    const theirs = new AccountScreen(guest.page);
    await theirs.openFromNav();
    await theirs.settings().getByText("Saved: UTC.").waitFor();
    expect(await theirs.mailSwitch("Send me a weekly digest by mail").count()).toBe(0);
    await guest.page.setViewportSize(PHONE);
    await checkScreen(guest, "practice-02-account-settings-member-narrow");
    await guest.page.setViewportSize(DESKTOP);
  });

  it("the calendar link is made, shown once with a copy button, read as a calendar, and a new one ends the old", async () => {
    const { leader } = people;
    const page = leader.page;
    const account = new AccountScreen(page);
    await account.openFromNav();
    const panel = account.calendar();
    await panel.getByRole("button", { name: "Make a calendar link" }).focus();
    await page.keyboard.press("Enter");
    await panel.getByRole("heading", { name: "Your calendar link is ready" }).waitFor();
    const link = await panel.getByLabel("Your calendar link").inputValue();
    await panel.getByRole("button", { name: "Copy link" }).waitFor();
    const feed = await leader.context.request.get(link);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);
    await checkScreen(leader, "practice-03-calendar-link");

    // Shown once: after a reload the page says when it was made, never the link.
    await page.reload();
    await panel.getByText("You made your current link on").waitFor();
    expect(await panel.getByLabel("Your calendar link").count()).toBe(0);

    const next = await account.makeCalendarLink();
    expect(next).not.toBe(link);
    await panel.getByText("The link you had before no longer works.").waitFor();
    expect((await leader.context.request.get(link)).status()).toBe(404);
    expect((await leader.context.request.get(next)).status()).toBe(200);
    await page.setViewportSize(PHONE);
    await checkScreen(leader, "practice-03b-calendar-link-narrow");
    await page.setViewportSize(DESKTOP);

    await panel.getByRole("button", { name: "Delete the link" }).click();
    await panel.getByText("Delete your calendar link?").waitFor();
    await panel.getByRole("button", { name: "Delete the link" }).click();
    await panel.getByText("Your calendar link is deleted and no longer works.").waitFor();
    await panel.getByRole("button", { name: "Make a calendar link" }).waitFor();
    expect((await leader.context.request.get(next)).status()).toBe(404);
  });

  it("the practice page, reached from the keyboard, says how its figures start before any conversation is held", async () => {
    const { leader } = people;
    const page = leader.page;
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "My practice" }).focus();
    await page.keyboard.press("Enter");
    const practice = new PracticeScreen(page);
    await practice.waitUntilShown();
    await page.getByRole("heading", { name: "No conversations held yet" }).waitFor();
    await checkScreen(leader, "practice-04-empty");
    await page.setViewportSize(PHONE);
    await checkScreen(leader, "practice-04b-empty-narrow");
    await page.setViewportSize(DESKTOP);
  });

  it("the practice page charts a held conversation made through the API, with a table beside each chart", async () => {
    const { leader, guest } = people;
    const page = leader.page;
    const memberId = String((await userOf(guest)).id);
    // Months and days in UTC, as the clock of this test reads them.
    await call(leader, "PATCH", "/me", { timeZone: "UTC" });
    // Held minutes ago: two questions asked (one open, one closed), a loop started and closed, a
    // self-check with 70% of the talking, and a commitment kept on time.
    const now = Date.now();
    const planned = await call(leader, "POST", `/people/${memberId}/conversations`, {
      scheduledAt: new Date(now - 10 * MINUTE).toISOString(),
      agenda: [
        { kind: "question", text: "What gives you energy at work these days?" },
        { kind: "question", text: "Is the release going well?" },
        { kind: "topic", text: "The offsite" },
      ],
    });
    const agenda = planned.agenda as { id: string; kind: string }[];
    await call(leader, "PATCH", `/conversations/${String(planned.id)}`, {
      status: "held",
      covered: agenda.filter((item) => item.kind === "question").map((item) => item.id),
      loop: {
        signal: "I told them I got last quarter's estimate wrong.",
        signalAt: new Date(now - 5 * MINUTE).toISOString(),
        respondedAt: new Date(now - 5 * MINUTE).toISOString(),
        closedAt: new Date(now - MINUTE).toISOString(),
      },
      listeningCheck: {
        items: {
          interrupted: false,
          paraphrased: true,
          named_feeling: false,
          open_questions: true,
          unasked_advice: false,
          let_silences_run: true,
          turned_to_myself: true,
          they_raised_topics: false,
        },
        talkShare: 70,
      },
    });
    const commitment = await call(leader, "POST", "/commitments", {
      personId: memberId,
      owner: "leader",
      text: "Share the offsite plan",
      dueOn: new Date(now).toISOString().slice(0, 10),
      conversationId: String(planned.id),
    });
    await call(leader, "PATCH", `/commitments/${String(commitment.id)}`, { status: "done" });

    await page.goto("/");
    const practice = new PracticeScreen(page);
    await practice.openFromNav();
    await practice.figure("Talk share").waitFor();
    const thisMonth = (rows: string[][]) => rows.at(-1)?.slice(1);
    expect(thisMonth(await practice.tableRows("Conversations per person"))).toEqual(["1", "1"]);
    expect(thisMonth(await practice.tableRows("Open questions"))).toEqual(["2", "1", "50%"]);
    expect(thisMonth(await practice.tableRows("Vulnerability loops"))).toEqual(["1", "1"]);
    // Five of eight answered the good listener's way.
    expect(thisMonth(await practice.tableRows("Listening self-check"))).toEqual(["1", "63%"]);
    expect(thisMonth(await practice.tableRows("Talk share"))).toEqual(["1", "70%"]);
    expect(thisMonth(await practice.tableRows("Commitments kept"))).toEqual(["1", "1", "100%"]);
    expect(await practice.chart("Talk share").getAttribute("aria-labelledby")).toBeTruthy();
    await page.getByText("1 of 1 kept on time (100%)").waitFor();
    await checkScreen(leader, "practice-05-figures");
    await page.setViewportSize(PHONE);
    await checkScreen(leader, "practice-05b-figures-narrow");
    await page.setViewportSize(DESKTOP);
  });

  it("a conversation marked held and a commitment kept on the conversation's page move the practice figures at once", async () => {
    const { leader, guest } = people;
    const page = leader.page;
    const memberId = String((await userOf(guest)).id);
    const practice = new PracticeScreen(page);
    await page.goto("/practice");
    await practice.waitUntilShown();
    const thisMonth = (rows: string[][]) => rows.at(-1)?.slice(1);
    expect(thisMonth(await practice.tableRows("Conversations per person"))).toEqual(["1", "1"]);
    expect(thisMonth(await practice.tableRows("Commitments kept"))).toEqual(["1", "1", "100%"]);

    // Planned for later today, with a commitment due today; the figures above stay in the cache.
    const planned = await call(leader, "POST", `/people/${memberId}/conversations`, {
      scheduledAt: new Date(Date.now() + 30 * MINUTE).toISOString(),
      agenda: [{ kind: "topic", text: "The roadmap" }],
    });
    await call(leader, "POST", "/commitments", {
      personId: memberId,
      owner: "leader",
      text: "Send the roadmap draft",
      dueOn: new Date().toISOString().slice(0, 10),
      conversationId: String(planned.id),
    });

    // Within the app, never reloading: home, the conversation, held, the commitment done, practice.
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Home" }).click();
    const home = new HomeScreen(page);
    await home.waitUntilShown();
    await home
      .leading()
      .getByRole("region", { name: /^Upcoming conversations/ })
      .getByRole("link")
      .first()
      .click();
    const conversation = new ConversationScreen(page);
    await conversation.waitUntilShown(member.name);
    await page.getByRole("button", { name: "Mark as held" }).click();
    await page.getByRole("heading", { name: "Listening self-check" }).waitFor();
    await conversation
      .panel("Commitments")
      .getByRole("button", { name: "Done (Send the roadmap draft)" })
      .click();
    await conversation
      .panel("Commitments")
      .getByRole("button", { name: /^Done/ })
      .waitFor({ state: "detached" });
    await practice.openFromNav();
    expect(thisMonth(await practice.tableRows("Conversations per person"))).toEqual(["2", "2"]);
    expect(thisMonth(await practice.tableRows("Commitments kept"))).toEqual(["2", "2", "100%"]);
  });
});
