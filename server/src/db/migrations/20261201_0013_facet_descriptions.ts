import type { Kysely } from "kysely";

/**
 * Every facet gets a description for each reader: `about_you` speaks to the person answering it
 * about themselves ("When in the working day you do your sharpest thinking"), `about_them` to
 * someone reading about that person ("… they do their sharpest thinking"). The old `description`
 * becomes `about_them`, and `about_you` starts as the same text. A shipped facet whose description
 * is still the one it shipped with gets both texts of its own, by key (the prompts about leading
 * were written to the leader, so for those the old text is the one `about_you` keeps); a facet an
 * admin made or reworded keeps its one text for both until an admin edits them.
 * The texts are copied here as they stood, so later edits to core/facets never change this
 * migration. Never edit once landed.
 */
const SHIPPED: [key: string, shippedAs: string, aboutYou: string, aboutThem: string][] = [
  [
    "focus-rhythm",
    "When in the working day they do their sharpest thinking.",
    "When in the working day you do your sharpest thinking.",
    "When in the working day they do their sharpest thinking.",
  ],
  [
    "communication-channels",
    "The ways they prefer to be reached about work.",
    "The ways you prefer to be reached about work.",
    "The ways they prefer to be reached about work.",
  ],
  [
    "response-expectations",
    "How quickly they expect to reply to a routine message, and to be replied to.",
    "How quickly you expect to reply to a routine message, and to be replied to.",
    "How quickly they expect to reply to a routine message, and to be replied to.",
  ],
  [
    "planning-style",
    "How much of the route they want mapped before they start.",
    "How much of the route you want mapped before you start.",
    "How much of the route they want mapped before they start.",
  ],
  [
    "deep-work-needs",
    "The conditions they need for long, uninterrupted concentration.",
    "The conditions you need for long, uninterrupted concentration.",
    "The conditions they need for long, uninterrupted concentration.",
  ],
  [
    "solo-vs-collaborative",
    "Whether they do their best work alone or alongside others.",
    "Whether you do your best work alone or alongside others.",
    "Whether they do their best work alone or alongside others.",
  ],
  [
    "information-intake",
    "The forms in which new information lands best for them.",
    "The forms in which new information lands best for you.",
    "The forms in which new information lands best for them.",
  ],
  [
    "decision-style",
    "Their usual route to a decision at work.",
    "Your usual route to a decision at work.",
    "Their usual route to a decision at work.",
  ],
  [
    "handling-pressure",
    "How they work under deadlines and heavy load, and what helps them then.",
    "How you work under deadlines and heavy load, and what helps you then.",
    "How they work under deadlines and heavy load, and what helps them then.",
  ],
  [
    "meeting-preferences",
    "What makes a meeting worth their time, from size and length to preparation.",
    "What makes a meeting worth your time, from size and length to preparation.",
    "What makes a meeting worth their time, from size and length to preparation.",
  ],
  [
    "energisers",
    "The kinds of work and moments that give them energy.",
    "The kinds of work and moments that give you energy.",
    "The kinds of work and moments that give them energy.",
  ],
  [
    "drains",
    "The kinds of work and situations that wear them down.",
    "The kinds of work and situations that wear you down.",
    "The kinds of work and situations that wear them down.",
  ],
  [
    "recognition",
    "How they like good work to be acknowledged.",
    "How you like your good work to be acknowledged.",
    "How they like good work to be acknowledged.",
  ],
  [
    "growth-career-aims",
    "Where they want to grow and where they hope their career goes.",
    "Where you want to grow and where you hope your career goes.",
    "Where they want to grow and where they hope their career goes.",
  ],
  [
    "meaningful-work",
    "What makes a piece of work feel worth doing to them.",
    "What makes a piece of work feel worth doing to you.",
    "What makes a piece of work feel worth doing to them.",
  ],
  [
    "boundaries",
    "The lines at work they will not cross or want respected.",
    "The lines at work you will not cross or want respected.",
    "The lines at work they will not cross or want respected.",
  ],
  [
    "feedback",
    "When and how they want to hear feedback on their work.",
    "When and how you want to hear feedback on your work.",
    "When and how they want to hear feedback on their work.",
  ],
  [
    "success-this-year",
    "What would make this year a success for them at work.",
    "What would make this year a success for you at work.",
    "What would make this year a success for them at work.",
  ],
  [
    "autonomy-vs-direction",
    "How much latitude they want, from close direction to an outcome and a free hand.",
    "How much latitude you want, from close direction to an outcome and a free hand.",
    "How much latitude they want, from close direction to an outcome and a free hand.",
  ],
  [
    "voicing-disagreement",
    "How they prefer to disagree with their leader.",
    "How you prefer to disagree with your leader.",
    "How they prefer to disagree with their leader.",
  ],
  [
    "decision-involvement",
    "How early they want to be involved in decisions that affect their work.",
    "How early you want to be involved in decisions that affect your work.",
    "How early they want to be involved in decisions that affect their work.",
  ],
  [
    "raising-problems",
    "How they bring problems and bad news to their leader.",
    "How you bring problems and bad news to your leader.",
    "How they bring problems and bad news to their leader.",
  ],
  [
    "support-wanted",
    "The kinds of help they want from their leader.",
    "The kinds of help you want from your leader.",
    "The kinds of help they want from their leader.",
  ],
  [
    "keeping-leader-informed",
    "How they like to keep their leader up to date on their work.",
    "How you like to keep your leader up to date on your work.",
    "How they like to keep their leader up to date on their work.",
  ],
  [
    "trust-builders-and-breakers",
    "What a leader does that earns their trust, and what loses it.",
    "What a leader does that earns your trust, and what loses it.",
    "What a leader does that earns their trust, and what loses it.",
  ],
  [
    "followership-style",
    "Their style on the two followership axes, from the self-assessment.",
    "Your style on the two followership axes, from the self-assessment.",
    "Their style on the two followership axes, from the self-assessment.",
  ],
  [
    "how-i-lead",
    "What you try to do as a leader, and what the people you lead can count on from you.",
    "What you try to do as a leader, and what the people you lead can count on from you.",
    "What they try to do as a leader, and what the people they lead can count on from them.",
  ],
  [
    "still-learning",
    "A part of leading you have not mastered yet, and what you are doing about it.",
    "A part of leading you have not mastered yet, and what you are doing about it.",
    "A part of leading they have not mastered yet, and what they are doing about it.",
  ],
  [
    "recent-mistake",
    "Something you got wrong lately and what you took from it. Going first makes it easier for others.",
    "Something you got wrong lately and what you took from it. Going first makes it easier for others.",
    "Something they got wrong lately, and what they took from it.",
  ],
  [
    "disagreeing-with-me",
    "How you would like to hear disagreement, and what you do once you have heard it.",
    "How you would like to hear disagreement, and what you do once you have heard it.",
    "How they would like to hear disagreement, and what they do once they have heard it.",
  ],
  [
    "what-i-need-from-you",
    "The news, warnings and questions that help you lead well, and when you want to hear each.",
    "The news, warnings and questions that help you lead well, and when you want to hear each.",
    "The news, warnings and questions that help them lead well, and when they want to hear each.",
  ],
];

/** The one table this migration reads and writes, as it stands once the columns are in place. */
interface Facets {
  facets: { key: string; about_them: string; about_you: string };
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("facets").renameColumn("description", "about_them").execute();
  await db.schema
    .alterTable("facets")
    .addColumn("about_you", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  const facets = db as unknown as Kysely<Facets>;
  await facets
    .updateTable("facets")
    .set((eb) => ({ about_you: eb.ref("about_them") }))
    .execute();
  for (const [key, shippedAs, aboutYou, aboutThem] of SHIPPED) {
    await facets
      .updateTable("facets")
      .set({ about_you: aboutYou, about_them: aboutThem })
      .where("key", "=", key)
      .where("about_them", "=", shippedAs)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("facets").dropColumn("about_you").execute();
  await db.schema.alterTable("facets").renameColumn("about_them", "description").execute();
}
