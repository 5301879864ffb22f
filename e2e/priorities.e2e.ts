import { afterAll, describe, expect, it } from "vitest";
import { PrioritiesScreen } from "./pages/priorities.page";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { callAs, type JoinedByApi, joinByApi } from "./support/people-by-api";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

/**
 * A small fixed set, worked by hand. Four items, rated (value, effort) by the leader (shared with
 * the team), Mina in the browser and Teammates 2 and 3 through the API (each shared with the
 * leaders):
 *
 *              leader   Mina    T2      T3      mean value  mean effort  quadrant   value/effort
 *   Automate   (5,2)    (2,1)   (5,2)   (3,1)   15/4 = 3.75  6/4 = 1.5   quick win  2.50
 *   Billing    (4,5)    (3,4)   (4,4)   (5,5)   16/4 = 4     18/4 = 4.5  big bet    0.89
 *   Wiki       (2,1)    (4,2)   (1,1)   (4,2)   11/4 = 2.75  6/4 = 1.5   fill-in    1.83
 *   Offsite    (1,5)    (5,4)   (1,4)   (2,5)   9/4 = 2.25   18/4 = 4.5  money pit  0.50
 *
 * Ranked by value for effort: Automate, Wiki, Billing, Offsite.
 *
 * Spread of value (population SD): Automate √(6.75/4) = 1.30, Billing √(2/4) = 0.71, Wiki
 * √(6.75/4) = 1.30, Offsite √(10.75/4) = 1.64; of effort 0.5 for each. Worth a conversation
 * (spread ≥ 1): Offsite, then Automate and Wiki (tied; by title).
 *
 * Tau against the leader's values (Automate 5, Billing 4, Wiki 2, Offsite 1), over 6 pairs:
 * Mina ranks them exactly the other way, tau = −1. T2 (5, 4, 1, 1): 5 pairs concordant, the pair
 * Wiki/Offsite tied on T2's side, tau = 5 / √(6 · 5) = 0.91. T3 (3, 5, 4, 2): Automate/Billing
 * and Automate/Wiki discordant, the other 4 concordant, tau = (4 − 2) / 6 = 0.33.
 *
 * W over the three members, on value, as ranks (1 = most valuable; ties share the mean rank):
 * Mina (4, 3, 2, 1), T2 (1, 2, 3.5, 3.5), T3 (3, 1, 2, 4). Rank sums 8, 6, 7.5, 8.5, their mean
 * 7.5, S = 0.25 + 2.25 + 0 + 1 = 3.5; T2's tie gives T = 2³ − 2 = 6; W = 12 · 3.5 / (3² · (4³ − 4)
 * − 3 · 6) = 42 / 522 = 0.08.
 */
const AUTOMATE = "Automate the release";
const BILLING = "Rewrite the billing service";
const WIKI = "Tidy the wiki";
const OFFSITE = "Quarterly offsite";

type Title = typeof AUTOMATE | typeof BILLING | typeof WIKI | typeof OFFSITE;
const TITLES: readonly Title[] = [AUTOMATE, BILLING, WIKI, OFFSITE];

const RATINGS: Record<"leader" | "mina" | "second" | "third", Record<Title, readonly [number, number]>> = {
  leader: { [AUTOMATE]: [5, 2], [BILLING]: [4, 5], [WIKI]: [2, 1], [OFFSITE]: [1, 5] },
  mina: { [AUTOMATE]: [2, 1], [BILLING]: [3, 4], [WIKI]: [4, 2], [OFFSITE]: [5, 4] },
  second: { [AUTOMATE]: [5, 2], [BILLING]: [4, 4], [WIKI]: [1, 1], [OFFSITE]: [1, 4] },
  third: { [AUTOMATE]: [3, 1], [BILLING]: [5, 5], [WIKI]: [4, 2], [OFFSITE]: [2, 5] },
};

const TOO_FEW = "Fewer than 3 people have rated, so these figures are withheld to keep ratings anonymous.";

describe("priorities and alignment", () => {
  const people = leaderAndGuest();
  const joined: JoinedByApi[] = [];
  afterAll(async () => {
    for (const person of joined) await person.dispose();
  });
  let teamId = "";
  const itemIds = new Map<string, string>();

  /** Rates an item through the API as one who joined that way; the rating is shared with the leaders. */
  async function rateByApi(person: JoinedByApi, title: string, [value, effort]: readonly [number, number]) {
    const sent = await person.call("PUT", `/work-items/${itemIds.get(title)}/rating`, {
      value,
      effort,
      visibility: "leader",
    });
    expect(sent.status).toBe(200);
  }

  it("a leader lists the work from the team page and rates it; an empty title stays on the form", async () => {
    const { leader, guest, server } = people;
    await setUpTeamWithMember(leader.page, guest.page);
    teamId = String(new URL(leader.page.url()).pathname.split("/").at(-1));
    for (const index of [2, 3]) {
      joined.push(
        await joinByApi(leader, server.baseUrl, teamId, {
          email: `priorities-${index}@northwind.test`,
          name: `Teammate ${index}`,
          password: `sturdy-lantern-harbour-${index}${index}`,
        }),
      );
    }

    // From the team page's panel to the priorities page, which starts empty.
    await leader.page.reload();
    const panel = leader.page.getByRole("region", { name: "Priorities" });
    await panel.getByText("No work is listed yet.").waitFor();
    await checkScreen(leader, "priorities-00-team-panel");
    await panel.getByRole("link", { name: "Priorities and alignment" }).click();
    const screen = new PrioritiesScreen(leader.page);
    await screen.waitUntilShown();
    await leader.page.getByRole("region", { name: "The work" }).getByText("No work is listed yet.").waitFor();
    expect(await screen.chart().count()).toBe(0);
    await checkScreen(leader, "priorities-01-empty-leader");

    // An empty title is refused on the form and nothing is added.
    await screen.addForm().getByLabel("Title").fill("   ");
    await screen.addForm().getByRole("button", { name: "Add the item" }).click();
    await screen.addForm().getByText("Give the item a title.").waitFor();
    expect(await leader.page.getByLabel("Title").evaluate((input) => input === document.activeElement)).toBe(
      true,
    );
    const listed = await callAs(leader, "GET", `/teams/${teamId}/work-items`);
    expect(listed.items).toEqual([]);

    await screen.addItem(AUTOMATE, "One command from a merged change to production.");
    await screen.addItem(BILLING);
    await screen.addItem(WIKI);
    await screen.addItem(OFFSITE);
    const items = (await callAs(leader, "GET", `/teams/${teamId}/work-items`)).items as {
      id: string;
      title: string;
    }[];
    for (const item of items) itemIds.set(item.title, item.id);
    expect(itemIds.size).toBe(4);

    await checkScreen(leader, "priorities-01b-forms-leader");
    // Saving a rating with nothing chosen names both scales and keeps the form open.
    await screen.ratingForm(AUTOMATE).getByRole("button", { name: "Save my rating" }).click();
    await screen.ratingForm(AUTOMATE).getByText("Choose how much the item is worth, from 1 to 5.").waitFor();
    await screen.ratingForm(AUTOMATE).getByText("Choose how much work the item is, from 1 to 5.").waitFor();
    expect((await callAs(leader, "GET", `/teams/${teamId}/work-items`)).items).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: AUTOMATE, myRating: null })]),
    );

    // The first rating from the keyboard alone: arrows move along each scale.
    await screen.point(AUTOMATE, "Value", 1).focus();
    await leader.page.keyboard.press("Space");
    for (let step = 1; step < 5; step++) await leader.page.keyboard.press("ArrowRight");
    expect(await screen.point(AUTOMATE, "Value", 5).isChecked()).toBe(true);
    await screen.point(AUTOMATE, "Effort", 1).focus();
    await leader.page.keyboard.press("Space");
    await leader.page.keyboard.press("ArrowRight");
    expect(await screen.point(AUTOMATE, "Effort", 2).isChecked()).toBe(true);
    await screen.ratingForm(AUTOMATE).getByLabel("Who sees my rating").selectOption({ label: "My team" });
    await screen.ratingForm(AUTOMATE).getByRole("button", { name: "Save my rating" }).focus();
    await leader.page.keyboard.press("Enter");
    await screen.item(AUTOMATE).getByText("Your rating: value 5, effort 2 (My team).").waitFor();
    // The form closes and focus returns to the item's heading.
    await leader.page.waitForFunction(
      (title) => document.activeElement?.textContent === title && document.activeElement.tagName === "H3",
      AUTOMATE,
    );
    for (const title of TITLES.slice(1)) {
      const [value, effort] = RATINGS.leader[title];
      await screen.rate(title, value, effort, "My team");
    }
    // One rating so far: the leader sees every figure, as one point per item.
    await screen.points().nth(3).waitFor();
    expect(await screen.points().count()).toBe(4);
    await checkScreen(leader, "priorities-02-rated-by-leader");
  });

  it("a member rates in the browser and, while too few have rated, sees why the figures are withheld", async () => {
    const { guest } = people;
    await guest.page.goto(`/teams/${teamId}`);
    await guest.page
      .getByRole("region", { name: "Priorities" })
      .getByText("4 items listed; 4 for you to rate.")
      .waitFor();
    await guest.page
      .getByRole("region", { name: "Priorities" })
      .getByRole("link", { name: "Priorities and alignment" })
      .click();
    const screen = new PrioritiesScreen(guest.page);
    await screen.waitUntilShown();
    await guest.page.setViewportSize(PHONE);
    await checkScreen(guest, "priorities-02b-forms-member-narrow");
    await guest.page.setViewportSize(DESKTOP);
    for (const title of TITLES) {
      const [value, effort] = RATINGS.mina[title];
      await screen.rate(title, value, effort);
    }
    await screen.item(OFFSITE).getByText("Your rating: value 5, effort 4 (My leaders).").waitFor();
    // Two people have rated: a member sees no item's figures, no point, and no team agreement.
    await guest.page.getByText("No item has figures to show yet: rate the work below.").waitFor();
    expect(await screen.ranking().getByText(TOO_FEW).count()).toBe(4);
    await screen.alignment().getByText("Withheld", { exact: true }).waitFor();
    await checkScreen(guest, "priorities-03-member-withheld");
  });

  it("the API refuses a rating of 0 or 6 naming the field, and another team's item, storing nothing", async () => {
    const { leader } = people;
    const [second] = joined;
    if (!second) throw new Error("no second member");
    const item = itemIds.get(AUTOMATE);
    for (const value of [0, 6]) {
      const refused = await second.call("PUT", `/work-items/${item}/rating`, {
        value,
        effort: 2,
        visibility: "team",
      });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('"value"');
    }
    const other = await callAs(leader, "POST", "/teams", { name: "Research" });
    const elsewhere = await callAs(leader, "POST", `/teams/${other.id}/work-items`, {
      title: "Someone else's work",
    });
    const foreign = await second.call("PUT", `/work-items/${elsewhere.id}/rating`, { value: 3, effort: 3 });
    expect(foreign.status).toBe(404);
    const mine = await second.call("GET", `/teams/${teamId}/work-items`);
    const automate = ((mine.body?.items ?? []) as { title: string; myRating: unknown }[]).find(
      (i) => i.title === AUTOMATE,
    );
    expect(automate?.myRating).toBeNull();
  });

  it("once enough have rated, the member sees the chart, the ranking and their own agreement; a figure that would single someone out stays withheld", async () => {
    const { guest } = people;
    const [second, third] = joined;
    if (!second || !third) throw new Error("members missing");
    for (const title of TITLES) await rateByApi(second, title, RATINGS.second[title]);
    for (const title of TITLES.slice(0, 3)) await rateByApi(third, title, RATINGS.third[title]);

    // The offsite has three ratings, and Mina sees the leader's beside her own: the third one
    // would show through its mean, so it stays withheld; the others have four ratings each.
    const screen = new PrioritiesScreen(guest.page);
    await screen.open(teamId);
    expect(await screen.points().count()).toBe(3);
    await screen
      .ranking()
      .getByText(
        "Beside the ratings shared with you, these figures would single out fewer than 3 people, so they are withheld.",
      )
      .waitFor();
    // Only two members have rated every item: the team's agreement is withheld from members.
    await screen.alignment().getByText("Withheld", { exact: true }).waitFor();

    await rateByApi(third, OFFSITE, RATINGS.third[OFFSITE]);
    await guest.page.reload();
    await screen.waitUntilShown();
    expect(await screen.points().count()).toBe(4);
    expect(await screen.rankingRows()).toEqual([
      ["1", `${AUTOMATE}\nQuick win · 4 ratings`, "3.8", "1.5", "2.50"],
      ["2", `${WIKI}\nFill-in · 4 ratings`, "2.8", "1.5", "1.83"],
      ["3", `${BILLING}\nBig bet · 4 ratings`, "4.0", "4.5", "0.89"],
      ["4", `${OFFSITE}\nMoney pit · 4 ratings`, "2.3", "4.5", "0.50"],
    ]);
    const alignment = screen.alignment();
    await alignment.getByText("The team does not yet agree on what is most valuable").waitFor();
    await alignment.getByText(/^Kendall's W = 0\.08, from the 3 members who rated every item/).waitFor();
    await alignment.getByText("A different order of value").waitFor();
    await alignment.getByText(/^Kendall's tau = −1\.00/).waitFor();
    await checkScreen(guest, "priorities-04-member-figures");
    await guest.page.setViewportSize(PHONE);
    await checkScreen(guest, "priorities-04b-member-figures-narrow");
    await guest.page.setViewportSize(DESKTOP);
  });

  it("the leader reads the chart from the keyboard, the items worth a conversation, and each member's agreement", async () => {
    const { leader } = people;
    const screen = new PrioritiesScreen(leader.page);
    await screen.open(teamId);
    expect(await screen.points().count()).toBe(4);
    // Every quadrant is named on the chart.
    for (const name of ["Quick wins", "Big bets", "Fill-ins", "Money pits"]) {
      await screen.chart().getByText(name, { exact: true }).waitFor();
    }
    // Tab reaches the points in the ranking's order; each says its item, figures and quadrant.
    await screen.points().first().focus();
    const named = await leader.page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(named).toBe(`1. ${AUTOMATE}: value 3.8, effort 1.5, a quick win (4 ratings).`);
    await leader.page.keyboard.press("Tab");
    expect(await leader.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(
      new RegExp(`^2\\. ${WIKI}: .*a fill-in`),
    );
    // The focused point marks its row in the table beside it; Enter goes to the item in the list.
    await screen.ranking().locator("tr.priorities-ranking__row--marked", { hasText: WIKI }).waitFor();
    await leader.page.keyboard.press("Enter");
    await leader.page.waitForFunction(
      (title) => document.activeElement?.tagName === "H3" && document.activeElement.textContent === title,
      WIKI,
    );

    const talk = screen.worthAConversation();
    const titles = await talk.getByRole("heading", { level: 3 }).allInnerTexts();
    expect(titles).toEqual([OFFSITE, AUTOMATE, WIKI]);
    await talk
      .getByText(/^People differ most on how much it is worth: ratings of value lie 1\.6 points/)
      .waitFor();
    // The leader sees each member's rating shared with them, by name.
    await talk.getByText(/Mina Osei: value 5, effort 4/).waitFor();

    const members = screen.alignment().getByRole("table");
    const rows = await members.locator("tbody tr").all();
    const byName = Object.fromEntries(
      await Promise.all(
        rows.map(async (row) => {
          const cells = await row.locator("th, td").allInnerTexts();
          return [cells[0], cells.slice(1)] as const;
        }),
      ),
    );
    expect(byName).toEqual({
      "Mina Osei": ["A different order of value", "−1.00", "4"],
      "Teammate 2": ["Much the same order of value", "0.91", "4"],
      "Teammate 3": ["Mostly the same order of value", "0.33", "4"],
    });
    await screen
      .alignment()
      .getByText(/^Kendall's W = 0\.08/)
      .waitFor();
    await checkScreen(leader, "priorities-05-leader-figures");
    await leader.page.setViewportSize(PHONE);
    await checkScreen(leader, "priorities-05b-leader-figures-narrow");
    await leader.page.setViewportSize(DESKTOP);
  });

  it("an archived item leaves the chart and the figures until it is restored", async () => {
    const { leader } = people;
    const screen = new PrioritiesScreen(leader.page);
    await screen.item(OFFSITE).getByRole("button", { name: "Archive" }).click();
    await screen.item(OFFSITE).waitFor({ state: "detached" });
    await leader.page.getByText("Archived (1)", { exact: true }).click();
    await screen.points().nth(2).waitFor();
    expect(await screen.points().count()).toBe(3);
    expect(await screen.worthAConversation().getByRole("heading", { level: 3 }).allInnerTexts()).toEqual([
      AUTOMATE,
      WIKI,
    ]);
    await checkScreen(leader, "priorities-06-archived");
    await leader.page.getByRole("button", { name: `Restore ${OFFSITE}` }).click();
    await screen.item(OFFSITE).waitFor();
    await screen.points().nth(3).waitFor();
  });

  it("a member withdraws a rating: the form opens again, and the item's figures would now single out a teammate", async () => {
    const { guest } = people;
    const screen = new PrioritiesScreen(guest.page);
    await screen.open(teamId);
    await screen.item(WIKI).getByRole("button", { name: "Withdraw my rating" }).click();
    await guest.page
      .getByRole("status")
      .filter({ hasText: `Your rating of “${WIKI}” is withdrawn; no figure counts it now.` })
      .waitFor();
    await screen.ratingForm(WIKI).waitFor();
    await screen.item(WIKI).getByText("You have not rated it yet.").waitFor();
    // Three ratings are left, and Mina sees the leader's: the other two would show through the mean.
    await screen
      .ranking()
      .locator("tr", { hasText: WIKI })
      .getByText(/would single out fewer than 3 people/)
      .waitFor();
    await screen.alignment().getByText("Withheld", { exact: true }).waitFor();
  });
});
