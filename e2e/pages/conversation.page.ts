import type { Locator, Page } from "playwright-core";

/** Planning a conversation: when, and the agenda that starts from the person's suggestions. */
export class PlanConversationScreen {
  constructor(private readonly page: Page) {}

  async waitUntilShown(personName: string): Promise<void> {
    await this.page
      .getByRole("heading", { level: 1, name: `Plan a conversation with ${personName}` })
      .waitFor();
  }

  /** The agenda's items' words, in order. */
  async agendaTexts(): Promise<string[]> {
    return this.page
      .locator(".agenda-editor__text")
      .evaluateAll((areas) => areas.map((area) => (area instanceof HTMLTextAreaElement ? area.value : "")));
  }

  agendaItem(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Adds a question of the leader's own and types it; returns its text area. */
  async addQuestion(text: string): Promise<Locator> {
    await this.page.getByRole("button", { name: "Add a question" }).click();
    const area = this.page.locator(".agenda-editor__text").last();
    await area.fill(text);
    return area;
  }

  /** The linter's verdict under the last item. */
  lastLint(): Locator {
    return this.page.getByTestId("lint-feedback").last();
  }

  async schedule(day: string, time: string): Promise<void> {
    await this.page.getByLabel("Date", { exact: true }).fill(day);
    await this.page.getByLabel("Time", { exact: true }).fill(time);
  }

  async plan(): Promise<void> {
    await this.page.getByRole("button", { name: "Plan the conversation" }).click();
    await this.page.getByRole("heading", { level: 1, name: /^Conversation with / }).waitFor();
  }
}

/** One conversation's page, as its leader or as the person sees it. */
export class ConversationScreen {
  constructor(private readonly page: Page) {}

  async waitUntilShown(withName: string): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: `Conversation with ${withName}` }).waitFor();
    await this.page.getByText("Loading the conversation…").waitFor({ state: "detached" });
  }

  panel(name: string): Locator {
    return this.page.getByRole("region", { name, exact: true });
  }

  /** The box marking an agenda item asked (or talked through), found by the item's words. */
  agendaBox(text: string): Locator {
    return this.panel("Agenda").getByRole("checkbox", { name: new RegExp(escapeRegExp(text)) });
  }

  async markAsked(text: string): Promise<void> {
    const box = this.agendaBox(text);
    await box.check();
  }

  async writeNotes(shared: string, secret: string): Promise<void> {
    const notes = this.panel("Notes");
    await notes.getByLabel("Shared notes").fill(shared);
    await notes.getByLabel("Private notes").fill(secret);
    await notes.getByRole("button", { name: "Save notes" }).click();
    await notes.getByText("Your notes are saved.").waitFor();
  }

  /** Makes sure the facet has its place under "What you learned", picking it from the other aspects if not. */
  async showLearning(facetTitle: string): Promise<void> {
    const panel = this.panel("What you learned");
    const record = panel.getByRole("button", { name: `Record what I learned about ${facetTitle}` });
    if ((await record.count()) > 0) return;
    await panel.getByLabel("Another aspect").selectOption({ label: facetTitle });
    await panel.getByRole("button", { name: "Add aspect" }).click();
    await record.waitFor();
  }

  /** Asks the person to record their own answer on a facet. */
  async askToRecord(facetTitle: string, firstName: string): Promise<void> {
    await this.showLearning(facetTitle);
    const panel = this.panel("What you learned");
    await panel.getByRole("button", { name: `Ask ${firstName} to record it (${facetTitle})` }).click();
    await panel.getByText(new RegExp(`^You asked ${firstName} to record it on `)).waitFor();
  }

  /** Records what was learned on a facet, choosing options or typing words, at a confidence. */
  async recordLearning(
    facetTitle: string,
    learned: { choices?: string[]; text?: string; confidence: number },
  ): Promise<void> {
    await this.showLearning(facetTitle);
    const panel = this.panel("What you learned");
    await panel.getByRole("button", { name: `Record what I learned about ${facetTitle}` }).click();
    for (const choice of learned.choices ?? []) await panel.getByLabel(choice, { exact: true }).check();
    if (learned.text !== undefined) await panel.getByLabel("What you learned").fill(learned.text);
    await panel.getByRole("radio", { name: new RegExp(`^${learned.confidence} `) }).check();
    await panel.getByRole("button", { name: "Save what I learned" }).click();
    await panel.getByText("Saved as your belief, learned by asking").waitFor();
  }

  async shareFirst(signal: string): Promise<void> {
    const loop = this.panel("Vulnerability loop");
    await loop.getByLabel("What I shared first").fill(signal);
    await loop.getByRole("button", { name: "Save what I shared" }).click();
    await loop.getByText(/^Shared on /).waitFor();
  }

  async recordCommitment(text: string, who: "I did" | string): Promise<void> {
    const panel = this.panel("Commitments");
    await panel.getByRole("radio", { name: who, exact: true }).check();
    await panel.getByLabel("What was promised").fill(text);
    await panel.getByRole("button", { name: "Record commitment" }).click();
    await panel.getByText(text, { exact: true }).waitFor();
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
