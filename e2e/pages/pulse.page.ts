import type { Locator, Page } from "playwright-core";

/** A round of the trust pulse: the member's answers, the leader's close, and the results. */
export class PulseScreen {
  constructor(private readonly page: Page) {}

  async open(pulseId: string): Promise<void> {
    await this.page.goto(`/pulses/${pulseId}`);
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: /^Trust pulse for / }).waitFor();
  }

  form(): Locator {
    return this.page.getByRole("form", { name: "Your answers" });
  }

  /** The statements, each a group of seven radio buttons named by its text. */
  statements(): Locator {
    return this.form().getByRole("group");
  }

  /** Chooses `point` (1–7) on every statement still unanswered, and writes the comment if given. */
  async answerAll(point: number, comment?: string): Promise<void> {
    const groups = await this.statements().all();
    for (const group of groups) {
      const chosen = group.getByRole("radio", { checked: true });
      if ((await chosen.count()) > 0) continue;
      await group.getByRole("radio", { name: new RegExp(`^${point}\\b`) }).check();
    }
    if (comment !== undefined) await this.form().getByLabel("Comment (optional)").fill(comment);
  }

  async send(): Promise<void> {
    await this.form().getByRole("button", { name: "Send my answers" }).click();
    await this.page.getByRole("status").filter({ hasText: "Your answers are in." }).waitFor();
  }

  anonymity(): Locator {
    return this.page.getByRole("region", { name: "What stays anonymous" });
  }
}

export class PulseResultsScreen {
  constructor(private readonly page: Page) {}

  async open(pulseId: string, tenure?: "newer" | "longer"): Promise<void> {
    await this.page.goto(`/pulses/${pulseId}/results${tenure ? `?tenure=${tenure}` : ""}`);
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: /^Trust pulse results for / }).waitFor();
    await this.page.getByRole("heading", { name: "Comments" }).waitFor();
  }

  /** One figure's card, named by its heading ("Trust index", "Credibility", …). */
  figure(title: string): Locator {
    return this.page.getByRole("article", { name: title });
  }

  comments(): Locator {
    return this.page.getByRole("region", { name: "Comments" });
  }
}
