import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isPdf, pdfText } from "../server/test/pdf-text";
import { checkScreen } from "./support/check-screen";
import { leaderAndGuest, setUpTeamWithMember } from "./support/leader-and-guest";
import { screenshotDir } from "./support/screenshots";

describe("reports", () => {
  const people = leaderAndGuest();

  it("the team audit prints one section a page without the navigation, and downloads as a PDF holding its figures", async () => {
    const { leader, guest } = people;
    const page = leader.page;
    await setUpTeamWithMember(page, guest.page);
    const teamId = /\/teams\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    expect(teamId).toBeDefined();
    await page.goto(`/teams/${teamId}/audit`);
    await page.getByRole("heading", { name: "Platform: assumption audit" }).waitFor();
    await page.getByRole("button", { name: "Print" }).waitFor();
    await checkScreen(leader, "reports-01-team-audit");

    // Printed: no navigation, no buttons.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    await page.screenshot({ path: join(screenshotDir, "reports-02-team-audit-print.png"), fullPage: true });
    await page.pdf({ path: join(screenshotDir, "reports-02-team-audit-print.pdf"), format: "A4" });
    await page.emulateMedia({ media: "screen" });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the report (PDF)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-platform-\d{4}-\d{2}-\d{2}\.pdf$/);
    const path = await download.path();
    const bytes = await readFile(path);
    expect(isPdf({ headers: { "content-type": "application/pdf" }, rawPayload: bytes })).toBe(true);
    const text = await pdfText(bytes);
    expect(text).toContain("Platform: assumption audit");
    expect(text).toContain("Coverage 0%");
  });

  it("Working with me offers the manual as a PDF", async () => {
    const page = people.guest.page;
    await page.goto("/me/answers");
    await page.getByRole("heading", { name: "Working with me", level: 1 }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download my manual (PDF)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("working-with-me.pdf");
    expect(await pdfText(await readFile(await download.path()))).toContain("Working with");
    await checkScreen(people.guest, "reports-03-working-with-me");
  });
});
