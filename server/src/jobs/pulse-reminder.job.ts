import { addDays } from "../lib/clock";
import type { Mail } from "../lib/mailer";
import { markReminded, pulsesToRemind, type RoundToRemind } from "../modules/pulses";
import { type MailRecipient, mailRecipients } from "../modules/users";
import { defineJob } from "./job";
import { localTime, sendAll } from "./mail-run";

/** A calendar day, `YYYY-MM-DD`, as a person reads it: "Friday, 13 November 2026". */
export function longDay(day: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", dateStyle: "full" }).format(
    new Date(`${day}T00:00:00.000Z`),
  );
}

/** The moment a round stops taking answers: the end of its closing day in UTC. */
const closingInstant = (closesOn: string) => addDays(new Date(`${closesOn}T00:00:00.000Z`), 1).toISOString();

/**
 * The reminder of one round to one person. Nothing in it depends on who has answered (no count,
 * no names): everyone reminded of a round in one time zone gets the same words, and each mail has
 * one recipient, so nobody learns who else was reminded.
 */
export function pulseReminderMail(round: RoundToRemind, to: MailRecipient, baseUrl: string): Mail {
  return {
    to: to.email,
    subject: `${round.teamName}: the trust pulse is open until ${longDay(round.closesOn)}`,
    text:
      `${round.teamName} has a trust pulse open: a few minutes of questions about how much the team trusts its leaders and how safe it feels to speak up.\n\n` +
      "Your answers are anonymous: they are kept apart from your name, and a figure shows only once enough people have answered.\n\n" +
      `It takes answers until ${localTime(closingInstant(round.closesOn), to.timeZone)}:\n${baseUrl}/pulses/${round.pulseId}\n\n` +
      "Rapport sends this reminder only to you; you can turn reminders off on your account page.\n",
  };
}

/**
 * Every day at 09:00 UTC: a reminder to each member of a team with a round open today who has not
 * answered it, who is active and has not turned reminders off. A round is marked reminded for the
 * day before its mails go, so it is reminded at most once a day, whatever happens to the run.
 * Only when mail is set up; without it the run does nothing.
 */
export const pulseReminderJob = defineJob({
  name: "pulse-reminder",
  schedule: "0 9 * * *",
  async run(ctx) {
    if (!ctx.mailer.enabled) return;
    // The day of the run, not of its period: a period caught up late (the first tick after a
    // restart) reminds on the day it runs, and marks that day, so 09:00 that day sends no second.
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const rounds = await pulsesToRemind(ctx.db, today);
    const people = await mailRecipients(
      ctx.db,
      rounds.flatMap((round) => round.memberIds),
    );
    for (const round of rounds) await markReminded(ctx.db, round.pulseId, today);
    await sendAll(
      ctx,
      rounds.flatMap((round) =>
        round.memberIds.flatMap((id) => {
          const person = people.get(id);
          return person?.remindersEnabled ? [pulseReminderMail(round, person, ctx.config.baseUrl)] : [];
        }),
      ),
    );
  },
});
