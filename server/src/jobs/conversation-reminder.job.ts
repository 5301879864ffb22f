import { addMinutes } from "../lib/clock";
import type { Mail } from "../lib/mailer";
import { type PlannedConversation, plannedBetween } from "../modules/conversations";
import { ledNow } from "../modules/knowledge";
import { type MailRecipient, mailRecipients } from "../modules/users";
import { defineJob } from "./job";
import { localTime, sendAll } from "./mail-run";

/** How long before a conversation its reminder goes: the day before. */
export const REMINDER_LEAD_MINUTES = 24 * 60;

/**
 * The two mails about one conversation: to the leader and to the person, unless either turned
 * them off or is no longer active (not among `people`).
 */
export function reminderMails(
  conversation: PlannedConversation,
  people: ReadonlyMap<string, MailRecipient>,
  baseUrl: string,
): Mail[] {
  const page = `${baseUrl}/conversations/${conversation.id}`;
  const { durationMinutes, scheduledAt } = conversation;
  const leader = people.get(conversation.leader.id);
  const person = people.get(conversation.person.id);
  if (!leader || !person) return [];
  const mails: Mail[] = [];
  if (leader.remindersEnabled)
    mails.push({
      to: leader.email,
      subject: `Tomorrow: your 1:1 with ${person.name}`,
      text: `Your 1:1 with ${person.name} is on ${localTime(scheduledAt, leader.timeZone)}, for ${durationMinutes} minutes.\n\nThe agenda, and ${person.name}'s talking points:\n${page}\n`,
    });
  if (person.remindersEnabled)
    mails.push({
      to: person.email,
      subject: `Tomorrow: your 1:1 with ${leader.name}`,
      text: `Your 1:1 with ${leader.name} is on ${localTime(scheduledAt, person.timeZone)}, for ${durationMinutes} minutes.\n\nAdd a talking point of your own before it:\n${page}\n`,
    });
  return mails;
}

/**
 * Every hour, at seven past in UTC: a reminder to both sides of each conversation still planned
 * that starts 24 hours after this period, that is in [period start + 24 h, period end + 24 h), so
 * consecutive periods cover every start once. Only when mail is set up; without it the run does
 * nothing. A conversation planned (or moved) to start within the day after its window has
 * passed gets none, and neither do those of a period no process was up for: the scheduler never
 * runs a period twice, nor catches one up.
 */
export const conversationReminderJob = defineJob({
  name: "conversation-reminder",
  schedule: "7 * * * *",
  async run(ctx, period) {
    if (!ctx.mailer.enabled) return;
    // Only while the leader still leads the person, as everywhere else.
    const conversations = await ledNow(
      ctx.db,
      await plannedBetween(
        ctx.db,
        addMinutes(period.start, REMINDER_LEAD_MINUTES),
        addMinutes(period.end, REMINDER_LEAD_MINUTES),
      ),
    );
    const people = await mailRecipients(
      ctx.db,
      conversations.flatMap((c) => [c.leader.id, c.person.id]),
    );
    await sendAll(
      ctx,
      conversations.flatMap((conversation) => reminderMails(conversation, people, ctx.config.baseUrl)),
    );
  },
});
