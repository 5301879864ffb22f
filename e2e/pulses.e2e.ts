import { type APIRequestContext, request } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { HomeScreen } from "./pages/home.page";
import { PulseResultsScreen, PulseScreen } from "./pages/pulse.page";
import type { TeamScreen } from "./pages/team.page";
import type { BrowserSession } from "./support/browser";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { callAs as call } from "./support/people-by-api";
import { member } from "./support/workspace";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

const TOO_FEW = "Fewer than 3 people answered, so this figure is withheld to keep answers anonymous.";
const ISOLATES =
  "Shown beside the other figures here, this one would single out fewer than 3 people, so it is withheld.";
const FIGURES = [
  "Trust index",
  "Credibility",
  "Reliability",
  "Intimacy",
  "Self-orientation",
  "Psychological safety",
];

type Json = Record<string, unknown>;

/** The request contexts of the people who joined by the API, disposed of after the spec. */
const contexts: APIRequestContext[] = [];

/** Someone who joins by an invitation through the API alone, with a request context of their own. */
interface Joined {
  post: (path: string, body: unknown) => Promise<{ status: number; body: Json }>;
}

const emailOf = (index: number) => `pulse-member-${index}@northwind.test`;
const tokenOf = (invitation: Json) => String(invitation.url).split("/").at(-1) ?? "";

/** The member signed in in a browser, posting with its cookies, as one who joined by the API does. */
function asMember(session: BrowserSession): Joined {
  const origin = new URL(session.page.url()).origin;
  return {
    post: async (path, body) => {
      const response = await session.context.request.post(`/api/v1${path}`, {
        headers: { origin },
        data: body,
      });
      return { status: response.status(), body: (await response.json()) as Json };
    },
  };
}

async function joinByApi(leader: BrowserSession, baseUrl: string, teamId: string, index: number) {
  const invitation = await call(leader, "POST", `/teams/${teamId}/invitations`, {
    email: emailOf(index),
    role: "member",
  });
  const token = tokenOf(invitation);
  const api = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { origin: baseUrl } });
  const post = async (path: string, body: unknown) => {
    const response = await api.post(`/api/v1${path}`, { data: body });
    return { status: response.status(), body: (await response.json()) as Json };
  };
  const accepted = await post(`/invitations/${token}/accept`, {
    name: `Teammate ${index}`,
    password: `sturdy-lantern-harbour-${index}${index}`,
  });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  contexts.push(api);
  return { post } satisfies Joined;
}

/** Every statement of a round answered with `point`, through the API. */
async function answerByApi(
  person: Joined,
  leader: BrowserSession,
  pulseId: string,
  point: number,
  comment?: string,
) {
  const pulse = await call(leader, "GET", `/pulses/${pulseId}`);
  const items = pulse.items as { id: string }[];
  const answers = Object.fromEntries(items.map((item) => [item.id, point]));
  const sent = await person.post(
    `/pulses/${pulseId}/responses`,
    comment ? { answers, comment } : { answers },
  );
  expect(sent.status).toBe(201);
}

const closesInTwoWeeks = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 14))
    .toISOString()
    .slice(0, 10);
};

describe("the trust pulse", () => {
  const people = leaderAndGuest();
  afterAll(async () => {
    for (const context of contexts) await context.dispose();
  });
  const others: Joined[] = [];
  let teamId = "";
  let firstRound = "";
  let roundOfThree = "";

  it("a leader opens a round from the team page; the member answers it in the browser, once, and reads what stays anonymous", async () => {
    const { leader, guest, server } = people;
    const team: TeamScreen = await setUpTeamWithMember(leader.page, guest.page);
    teamId = String(new URL(leader.page.url()).pathname.split("/").at(-1));
    for (const index of [2, 3, 4, 5]) others.push(await joinByApi(leader, server.baseUrl, teamId, index));
    await leader.page.reload();
    await team.waitForName("Members", "Teammate 5");

    // The leader opens a round from the team page, from the keyboard.
    const panel = leader.page.getByRole("region", { name: "Trust pulse" });
    await panel.getByText("No round has been opened yet.").waitFor();
    await checkScreen(leader, "pulses-01-team-panel");
    expect(await panel.getByLabel("Closes on").inputValue()).toBe(closesInTwoWeeks());
    await panel.getByRole("button", { name: "Open a trust pulse" }).focus();
    await leader.page.keyboard.press("Enter");
    await panel.getByRole("status").filter({ hasText: "A round is open until" }).waitFor();
    const link = panel.getByRole("link", { name: "Open the round" });
    firstRound = String((await link.getAttribute("href"))?.split("/").at(-1));
    // One open round per team: the form gives way to a line saying so, linking to the round.
    await panel.getByRole("button", { name: "Open a trust pulse" }).waitFor({ state: "detached" });
    await leader.page.reload();
    await panel.getByText("A new one can be opened once it closes.").waitFor();
    expect(await panel.getByLabel("Closes on").count()).toBe(0);

    // The leader's view of the round: what it asks, and no form to answer it.
    await panel.getByRole("link", { name: /^A round is open until/ }).click();
    const leaderView = new PulseScreen(leader.page);
    await leaderView.waitUntilShown();
    await leader.page.getByRole("heading", { name: "What the members are asked" }).waitFor();
    expect(await leaderView.form().count()).toBe(0);
    await checkScreen(leader, "pulses-02-round-leader");

    // The member finds the round on the home and answers it; the first statement from the keyboard.
    const home = new HomeScreen(guest.page);
    await home.open();
    const card = guest.page.getByRole("region", { name: "Trust pulse" });
    await card.getByText("stored without your name").waitFor();
    await checkScreen(guest, "pulses-03a-home-card");
    await card.getByRole("link", { name: "Answer the trust pulse for Platform" }).click();
    const round = new PulseScreen(guest.page);
    await round.waitUntilShown();
    await round.anonymity().getByText("stored without a name").waitFor();
    await checkScreen(guest, "pulses-03-answer");
    await guest.page.setViewportSize(PHONE);
    await checkScreen(guest, "pulses-03b-answer-narrow");
    await guest.page.setViewportSize(DESKTOP);

    // Sending with nothing chosen names the first statement and keeps nothing.
    await round.form().getByRole("button", { name: "Send my answers" }).click();
    await round.form().getByText("Choose how far you agree with statement 1.").waitFor();
    const first = round.statements().first();
    await first.getByRole("radio").first().focus();
    await guest.page.keyboard.press("Space");
    await guest.page.keyboard.press("ArrowRight");
    await guest.page.keyboard.press("ArrowRight");
    expect(await first.getByRole("radio", { name: /^3\b/ }).isChecked()).toBe(true);
    await round.answerAll(5, "Stand-ups run long.");
    await round.send();
    await guest.page.getByText("Its results show once it closes").waitFor();
    expect(await round.form().count()).toBe(0);
    await checkScreen(guest, "pulses-04-answered");
    // Answered, the round leaves the member's home.
    await home.open();
    expect(await guest.page.getByRole("region", { name: "Trust pulse" }).count()).toBe(0);

    // Answering twice is refused.
    const items = (await call(guest, "GET", `/pulses/${firstRound}`)).items as { id: string }[];
    const twice = await asMember(guest).post(`/pulses/${firstRound}/responses`, {
      answers: Object.fromEntries(items.map((item) => [item.id, 4])),
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: { code: "already_answered" } });
  });

  it("with two responses the closed round withholds every figure and the comments, and says why", async () => {
    const { leader } = people;
    const [second] = others;
    if (!second) throw new Error("no second member");
    await answerByApi(second, leader, firstRound, 6, "More time for planning.");

    // Closed by the leader before its day, through the close button (the close route).
    const round = new PulseScreen(leader.page);
    await round.open(firstRound);
    await leader.page.getByRole("button", { name: "Close the round now…" }).click();
    await leader.page.getByRole("button", { name: "Close the round", exact: true }).click();
    const results = new PulseResultsScreen(leader.page);
    await results.waitUntilShown();
    await leader.page.getByText(`Every figure here is withheld. ${TOO_FEW}`).waitFor();
    for (const title of FIGURES) {
      await results.figure(title).getByText("Withheld", { exact: true }).waitFor();
      await results.figure(title).getByText(TOO_FEW).waitFor();
    }
    await results.comments().getByText("Withheld.", { exact: true }).waitFor();
    expect(await results.comments().getByText("Stand-ups run long.").count()).toBe(0);
    await checkScreen(leader, "pulses-05-results-two-withheld");
  });

  it("with three responses the scores show and the comments do not; a sub-group with nobody in it is withheld", async () => {
    const { leader, guest } = people;
    const three = await call(leader, "POST", `/teams/${teamId}/pulses`, { closesOn: closesInTwoWeeks() });
    const threeId = String(three.id);
    roundOfThree = threeId;
    for (const [index, person] of others.slice(0, 3).entries()) {
      await answerByApi(person, leader, threeId, 4 + (index % 2), `Comment ${index + 1} of three`);
    }
    await call(leader, "POST", `/pulses/${threeId}/close`);
    const results = new PulseResultsScreen(guest.page);
    await results.open(threeId);
    await results
      .figure("Trust index")
      .getByText(/ of 100$/)
      .waitFor();
    await results
      .figure("Psychological safety")
      .getByText(/ of 7$/)
      .waitFor();
    await results.comments().getByText("Withheld.", { exact: true }).waitFor();
    await results
      .comments()
      .getByText(/Fewer than 5 people answered/)
      .waitFor();
    expect(await results.comments().getByText("Comment 1 of three").count()).toBe(0);
    await guest.page.getByText("3 people answered.").waitFor();
    await checkScreen(guest, "pulses-06-results-three-scores");
    await guest.page.setViewportSize(PHONE);
    await checkScreen(guest, "pulses-06b-results-three-narrow");
    await guest.page.setViewportSize(DESKTOP);

    // Everyone here joined today: the group on the team 180 days or more is empty, so withheld.
    const nav = guest.page.getByRole("navigation", { name: "Whose answers" });
    await nav.getByRole("link", { name: "On the team 180 days or more" }).focus();
    await guest.page.keyboard.press("Enter");
    await guest.page.waitForURL(/tenure=longer/);
    await results.figure("Trust index").getByText(TOO_FEW).waitFor();
    await checkScreen(guest, "pulses-07-results-longer-withheld");
  });

  it("five answers on the same team would single out the two who had not answered before, so that round is withheld; the trend shows each gap and why", async () => {
    const { leader, guest } = people;
    const five = String(
      (await call(leader, "POST", `/teams/${teamId}/pulses`, { closesOn: closesInTwoWeeks() })).id,
    );
    for (const person of [asMember(guest), ...others]) await answerByApi(person, leader, five, 3);
    await call(leader, "POST", `/pulses/${five}/close`);

    const results = new PulseResultsScreen(leader.page);
    await results.open(five);
    await results.figure("Trust index").getByText(ISOLATES).waitFor();

    await leader.page.goto(`/teams/${teamId}/pulses`);
    await leader.page.getByRole("heading", { level: 1, name: /^Trust pulse: / }).waitFor();
    const table = leader.page.getByRole("table", { name: /^Every round, newest first/ });
    const rows = await table.locator("tbody tr").all();
    expect(rows).toHaveLength(3);
    const cells = async (index: number) =>
      (await (rows[index] as (typeof rows)[number]).locator("th, td").allTextContents()).map((text) =>
        text.trim(),
      );
    const [newest, middle, oldest] = [await cells(0), await cells(1), await cells(2)];
    // A withheld round is one cell saying why; the round of three shows how many and each figure.
    expect(newest.slice(1)).toEqual([`Withheld: ${ISOLATES}`]);
    expect(middle[1]).toBe("3");
    expect(middle.slice(2)).toHaveLength(6);
    expect(middle.slice(2).every((cell) => /^\d+(\.\d)?$/.test(cell))).toBe(true);
    expect(oldest.slice(1)).toEqual([`Withheld: ${TOO_FEW}`]);
    const chart = leader.page.getByRole("img", { name: /^Trust index, round by round/ });
    expect(await chart.locator("desc").textContent()).toContain("withheld");
    await checkScreen(leader, "pulses-08-trend");
    await leader.page.setViewportSize(PHONE);
    await checkScreen(leader, "pulses-08b-trend-narrow");
    await leader.page.setViewportSize(DESKTOP);
  });

  it("on a team of its own, five responses show the comments, in the words they were written", async () => {
    const { leader, guest } = people;
    const growth = await call(leader, "POST", "/teams", { name: "Growth" });
    const growthId = String(growth.id);
    const everyone = [asMember(guest), ...others];
    const emails = [member.email, ...[2, 3, 4, 5].map(emailOf)];
    for (const [index, person] of everyone.entries()) {
      const invitation = await call(leader, "POST", `/teams/${growthId}/invitations`, {
        email: emails[index],
        role: "member",
      });
      const accepted = await person.post(`/invitations/${tokenOf(invitation)}/accept`, {});
      expect(accepted.status).toBe(200);
    }
    const round = String(
      (await call(leader, "POST", `/teams/${growthId}/pulses`, { closesOn: closesInTwoWeeks() })).id,
    );
    for (const [index, person] of everyone.entries()) {
      await answerByApi(person, leader, round, 5 + (index % 3), `Growth comment ${index + 1}`);
    }
    await call(leader, "POST", `/pulses/${round}/close`);
    const results = new PulseResultsScreen(guest.page);
    await results.open(round);
    await guest.page.getByText("5 people answered.").waitFor();
    for (const index of [1, 2, 3, 4, 5])
      await results.comments().getByText(`Growth comment ${index}`).waitFor();
    await checkScreen(guest, "pulses-09-results-five-comments");
    // The comments are the whole team's only: a sub-group never shows them.
    await results.open(round, "newer");
    await results.comments().getByText("Comments are shown for the whole team only").waitFor();
  });

  it("an admin sets the thresholds, never below 3, and the results follow them", async () => {
    const { leader } = people;
    await leader.page.goto("/people");
    const panel = leader.page.getByRole("region", { name: "Anonymity thresholds" });
    const scores = panel.getByLabel("Figures show from");
    await scores.waitFor();
    expect(await scores.inputValue()).toBe("3");
    expect(await panel.getByLabel("Comments show from").inputValue()).toBe("5");
    await scores.fill("2");
    await panel.getByRole("button", { name: "Save thresholds" }).click();
    await panel.getByText(/^Figures show from must be at least 3/).waitFor();
    expect(await call(leader, "GET", "/settings/anonymity")).toEqual({
      scoreThreshold: 3,
      commentThreshold: 5,
    });
    await checkScreen(leader, "pulses-10-thresholds-refused");
    await scores.fill("4");
    await panel.getByRole("button", { name: "Save thresholds" }).click();
    await panel
      .getByRole("status")
      .filter({ hasText: "Figures now show from 4 answers, comments from 5." })
      .waitFor();
    expect(await call(leader, "GET", "/settings/anonymity")).toEqual({
      scoreThreshold: 4,
      commentThreshold: 5,
    });
    await checkScreen(leader, "pulses-10b-thresholds-saved");

    // The round of three, shown before, now rests on fewer than four.
    const results = new PulseResultsScreen(leader.page);
    await results.open(roundOfThree);
    await results
      .figure("Trust index")
      .getByText("Fewer than 4 people answered, so this figure is withheld to keep answers anonymous.")
      .waitFor();
  });
});
