import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, launchBrowser } from "./support/browser";
import { saveScreenshot } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";

/**
 * Text a person typed may be Arabic or Hebrew. Every element that shows it must carry dir="auto"
 * so it reads right to left without dragging its English surroundings along; every field where
 * people type text must too. A workspace whose every name and text is Arabic is walked screen by
 * screen, as its leader and as its member; a new screen that shows one of these texts without
 * dir="auto" fails here.
 */

const RTL = {
  workspace: "استوديو الشمال",
  leader: "ليلى حداد",
  member: "نور الهدى",
  team: "فريق المنصة",
  answer: "أحتاج إلى ساعتين بلا مقاطعة",
  belief: "يحتاج إلى الصباح الباكر",
  reason: "قريب لكن ليس تماما",
  manual: "أحاول أن أكون واضحة في الأولويات",
  list: "أسئلتي الأسبوعية",
  question: "ما الذي يساعدك على التركيز هذا الأسبوع؟",
  token: "سكربت التقارير",
};

const leaderAccount = { email: "laila@north.test", password: "quiet-harbour-lantern-42" };
const memberAccount = { email: "nour@north.test", password: "amber-meadow-compass-17" };

/** Calls the API from inside the page, as the app does: same origin, the page's session cookie. */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? null : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );
  if (result.status >= 400) throw new Error(`${method} ${path}: ${result.status} ${result.text}`);
  return (result.text ? JSON.parse(result.text) : null) as T;
}

/**
 * Every visible text node holding right-to-left letters, whose nearest element with a `dir`
 * attribute is not dir="auto" or does not start with that text's direction (so the text would
 * take the direction of the English around it); and every text field without dir="auto".
 */
async function textsWithoutDirection(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rtl = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
    const strong = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.className ? ` class="${element.className}"` : ""}>`;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const parent = node.parentElement;
      if (!parent || !rtl.test(text)) continue;
      if (parent.closest(".visually-hidden, script, style, template")) continue;
      const holder = parent.closest("[dir]");
      const first = holder?.textContent?.match(strong)?.[0] ?? "";
      if (holder?.getAttribute("dir") !== "auto" || holder === document.documentElement || !rtl.test(first)) {
        found.push(`${describe(holder ?? parent)} around “${text.trim()}” in ${describe(parent)}`);
      }
    }
    for (const field of document.querySelectorAll("input, textarea")) {
      const input = field as HTMLInputElement;
      const typed = field.tagName === "TEXTAREA" || ["text", "search"].includes(input.type);
      if (!typed || input.hidden || input.readOnly) continue;
      if (field.getAttribute("dir") !== "auto")
        found.push(`${describe(field)} named ${input.name || input.id}`);
    }
    return found;
  });
}

describe("user-written text takes its own direction", () => {
  let server: RunningServer;
  let leader: BrowserSession;
  let member: BrowserSession;
  const ids = { team: "", member: "", leader: "", list: "" };

  beforeAll(async () => {
    server = await startServer();
    leader = await launchBrowser(server.baseUrl);
    member = await launchBrowser(server.baseUrl);
    await leader.page.goto("/signin");
    await member.page.goto("/signin");
    const setup = await api<{ user: { id: string } }>(leader.page, "POST", "/setup", {
      workspaceName: RTL.workspace,
      name: RTL.leader,
      ...leaderAccount,
    });
    ids.leader = setup.user.id;
    const team = await api<{ id: string }>(leader.page, "POST", "/teams", { name: RTL.team });
    ids.team = team.id;
    const invitation = await api<{ url: string }>(leader.page, "POST", `/teams/${team.id}/invitations`, {
      email: memberAccount.email,
      role: "member",
    });
    const token = new URL(invitation.url).pathname.split("/").pop() ?? "";
    const accepted = await api<{ userId: string }>(member.page, "POST", `/invitations/${token}/accept`, {
      name: RTL.member,
      password: memberAccount.password,
    });
    ids.member = accepted.userId;

    const { facets } = await api<{ facets: { id: string; key: string }[] }>(leader.page, "GET", "/facets");
    const facetId = (key: string) => facets.find((facet) => facet.key === key)?.id ?? key;
    const deepWork = facetId("deep-work-needs");
    await api(member.page, "PUT", `/me/answers/${deepWork}`, { value: RTL.answer, visibility: "team" });
    await api(leader.page, "PUT", `/people/${ids.member}/beliefs/${deepWork}`, {
      value: RTL.belief,
      source: "observed",
      confidence: 3,
    });
    await api(leader.page, "POST", `/people/${ids.member}/facets/${deepWork}/reveal`);
    await api(leader.page, "PUT", `/people/${ids.member}/comparisons/${deepWork}`, {
      outcome: "partial",
      reason: RTL.reason,
    });
    await api(leader.page, "PUT", `/me/answers/${facetId("how-i-lead")}`, {
      value: RTL.manual,
      visibility: "team",
    });
    const list = await api<{ id: string }>(leader.page, "POST", "/question-lists", { name: RTL.list });
    ids.list = list.id;
    await api(leader.page, "POST", `/question-lists/${list.id}/items`, {
      text: RTL.question,
      depth: "light",
    });
    await api(leader.page, "POST", "/me/tokens", { name: RTL.token, scopes: ["read"], expiresInDays: 30 });
  });

  afterAll(async () => {
    await member?.close();
    await leader?.close();
    await server?.stop();
  });

  /** Opens each screen, waits for the text it must show, and lists what it shows without direction. */
  async function walk(
    session: BrowserSession,
    screens: [string, string][],
  ): Promise<Record<string, string[]>> {
    const found: Record<string, string[]> = {};
    for (const [path, shows] of screens) {
      await session.page.goto(path);
      await session.page.getByText(shows, { exact: false }).first().waitFor();
      await session.page.waitForLoadState("networkidle");
      const missing = await textsWithoutDirection(session.page);
      if (missing.length > 0) found[path] = missing;
    }
    return found;
  }

  it("on every screen the leader sees", async () => {
    const screens: [string, string][] = [
      ["/", RTL.leader],
      ["/teams", RTL.team],
      [`/teams/${ids.team}`, RTL.member],
      [`/teams/${ids.team}/audit`, RTL.member],
      [`/people/${ids.member}`, RTL.reason],
      ["/me/audit", RTL.team],
      ["/me/answers", RTL.manual],
      ["/questions", RTL.list],
      [`/questions/${ids.list}`, RTL.question],
      ["/people", RTL.member],
      ["/account", RTL.token],
    ];
    expect(await walk(leader, screens)).toEqual({});
    await saveScreenshot(leader.page, "rtl-account");
    await walk(leader, [[`/people/${ids.member}`, RTL.reason]]);
    await saveScreenshot(leader.page, "rtl-person");
  });

  it("on every screen the member sees", async () => {
    const screens: [string, string][] = [
      ["/", RTL.manual],
      ["/teams", RTL.team],
      [`/teams/${ids.team}`, RTL.manual],
      [`/people/${ids.leader}`, RTL.leader],
      ["/me/answers", RTL.answer],
      ["/account", RTL.member],
    ];
    expect(await walk(member, screens)).toEqual({});
  });
});
