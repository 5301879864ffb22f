import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HomeScreen } from "./pages/home.page";
import { SignInScreen } from "./pages/sign-in.page";
import { type BrowserSession, launchBrowser } from "./support/browser";
import { checkScreen } from "./support/check-screen";
import { type RunningServer, startServer } from "./support/server";
import { admin, ensureWorkspace } from "./support/workspace";

/** The code an authenticator app shows now for the key (the server's clock is the same machine's). */
const appCode = (key: string) => new TOTP({ secret: Secret.fromBase32(key) }).generate();

describe("two-step sign-in, set up on the account page and asked for at sign-in", () => {
  let server: RunningServer;
  const browsers: BrowserSession[] = [];
  const browser = async () => {
    const session = await launchBrowser(server.baseUrl);
    browsers.push(session);
    return session;
  };
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    await ensureWorkspace(server.baseUrl);
  });
  afterAll(async () => {
    for (const session of browsers) await session.close();
    await server?.stop();
  });

  it("sets up with the key and a code, shows the recovery codes once, and the admin asks it of every admin", async () => {
    const session = await browser();
    const { page } = session;
    await page.goto("/signin");
    const signIn = new SignInScreen(page);
    await signIn.waitUntilShown();
    await signIn.fill(admin.email, admin.password);
    await new HomeScreen(page).waitUntilShown();

    await page.goto("/account");
    const panel = page.getByRole("region", { name: "Two-step sign-in" });
    await panel.getByRole("button", { name: "Set up two-step sign-in" }).click();
    const key = (await panel.getByLabel("Your key").inputValue()).replace(/ /g, "");
    expect(await panel.getByRole("link", { name: "add it with this link" }).getAttribute("href")).toContain(
      `secret=${key}`,
    );
    await panel.getByLabel("Your password").fill(admin.password);
    await panel.getByLabel("Code from your app").fill("000000");
    await panel.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await panel.getByText("Code from your app does not match.").waitFor();
    await checkScreen(session, "second-factor-setup");

    await panel.getByLabel("Code from your app").fill(appCode(key));
    await panel.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    const heading = panel.getByRole("heading", { name: "Two-step sign-in is on: keep your recovery codes" });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    recoveryCodes = await panel
      .getByRole("list", { name: "Recovery codes" })
      .locator("code")
      .allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await checkScreen(session, "second-factor-recovery-codes");
    await panel.getByRole("button", { name: "I have kept them" }).click();
    await panel.getByText("10 of 10 recovery codes left.", { exact: false }).waitFor();

    await page.goto("/people");
    const rule = page.getByRole("region", { name: "Two-step sign-in for admins" });
    await rule.getByRole("switch", { name: "Ask every admin to use two-step sign-in" }).check();
    await rule.getByRole("button", { name: "Save" }).click();
    await rule.getByText("Every admin now needs two-step sign-in.").waitFor();
    await checkScreen(session, "second-factor-admin-rule");
  });

  it("asks for a code after the password, refuses a wrong one, and takes a recovery code once, on a phone", async () => {
    const session = await browser();
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/signin");
    const signIn = new SignInScreen(page);
    await signIn.waitUntilShown();
    await signIn.fill(admin.email, admin.password);
    const code = page.getByLabel("Code from your app");
    await code.waitFor();
    await code.fill("123456");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Code from your app does not match.").waitFor();
    await checkScreen(session, "second-factor-sign-in-phone");
    // The keyboard alone: the code, then Enter.
    await code.fill(recoveryCodes[0] ?? "");
    await code.press("Enter");
    await new HomeScreen(page).waitUntilShown();

    // The same recovery code again, in another browser: refused.
    const other = await browser();
    await other.page.goto("/signin");
    const again = new SignInScreen(other.page);
    await again.waitUntilShown();
    await again.fill(admin.email, admin.password);
    await other.page.getByLabel("Code from your app").fill(recoveryCodes[0] ?? "");
    await other.page.getByRole("button", { name: "Sign in" }).click();
    await other.page.getByText("Code from your app does not match.").waitFor();
  });
});
