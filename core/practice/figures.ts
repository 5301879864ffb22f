import { type ListeningCheckAnswers, listeningScore } from "../conversations/listening";
import { lintQuestion } from "../questions/linter";
import { type CommitmentFacts, isDue, isKeptOnTime, type Reliability, reliability } from "./commitments";
import { type Day, type Month, monthIn, monthOf } from "./days";

/**
 * A leader's practice figures, month by month (issue 10, "Practice figures"): how often they talk
 * with the people they lead, how open their questions are, whether they go first in the
 * vulnerability loop and close it, how they rate their own listening, how much of the talk was
 * theirs, and whether they keep their commitments. Counts and shares only: nothing a member said
 * or wrote leaves here, so the figures may be shown to someone who is not in the conversations.
 * Pure: callers pass the rows, the leader's time zone and today.
 *
 * What counts, and in which month (the month in the leader's time zone, `users.time_zone`):
 * - a conversation is counted in the month it was held (`heldAt`, or when it was planned for if no
 *   time was recorded); planned and cancelled ones not at all. Its questions, self-check and talk
 *   share count in that month too.
 * - conversations per person: those held ÷ the people the leader leads now (membership has no
 *   history, so a past month is divided by today's count too); null when they lead nobody.
 * - questions asked: the agenda items of kind `question` marked covered, whoever wrote them; open
 *   when the question linter (core/questions) finds nothing to flag. Text the linter does not read
 *   (not English) counts as asked and not open.
 * - loops started in the month of their signal, closed in the month of their close.
 * - checklist average: the mean, over the conversations with at least one item of the self-check
 *   answered, of the share answered the good listener's way (`listeningScore`, with the good
 *   answer per item in core/conversations/listening.ts: no to interrupting, to unasked advice and
 *   to turning the topic to oneself, yes to the five others).
 * - talk share: the mean of the leader's estimates, over the conversations that have one.
 * - commitments kept: of the leader's own commitments that are due (core/practice/commitments.ts),
 *   grouped by the month of their due day, those kept on time.
 */

export interface PracticeConversation {
  status: "planned" | "held" | "cancelled";
  scheduledAt: string;
  heldAt: string | null;
  /** The agenda's items of kind `question`: the words, and whether they were asked. */
  questions: readonly { text: string; covered: boolean }[];
  loopSignalAt: string | null;
  loopClosedAt: string | null;
  listeningCheck: Partial<ListeningCheckAnswers> | null;
  talkShare: number | null;
}

export interface PracticeInput {
  /** The months to report, oldest first. */
  months: readonly Month[];
  timeZone: string;
  today: Day;
  /** How many people the leader leads now. */
  peopleLed: number;
  conversations: readonly PracticeConversation[];
  commitments: readonly CommitmentFacts[];
}

export interface MonthFigures {
  month: Month;
  conversationsHeld: number;
  conversationsPerPerson: number | null;
  questionsAsked: number;
  openQuestions: number;
  /** openQuestions ÷ questionsAsked; null when none was asked. */
  openQuestionShare: number | null;
  loopsStarted: number;
  loopsClosed: number;
  /** Conversations with a self-check that has at least one answer. */
  selfChecks: number;
  checklistAverage: number | null;
  /** Conversations with a talk share. */
  talkShares: number;
  talkShareAverage: number | null;
  commitmentsDue: number;
  commitmentsKept: number;
  /** commitmentsKept ÷ commitmentsDue; null when none was due. */
  commitmentsKeptShare: number | null;
}

export interface PracticeFigures {
  months: MonthFigures[];
  /** Over all the leader's commitments, not only the months shown. */
  reliability: Reliability;
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function countBy<T>(items: readonly T[], monthOfItem: (item: T) => Month | null): Map<Month, T[]> {
  const byMonth = new Map<Month, T[]>();
  for (const item of items) {
    const month = monthOfItem(item);
    if (month !== null) byMonth.set(month, [...(byMonth.get(month) ?? []), item]);
  }
  return byMonth;
}

export function practiceFigures(input: PracticeInput): PracticeFigures {
  const { timeZone } = input;
  const held = countBy(
    input.conversations.filter((c) => c.status === "held"),
    (c) => monthIn(c.heldAt ?? c.scheduledAt, timeZone),
  );
  const signals = countBy(input.conversations, (c) =>
    c.loopSignalAt === null ? null : monthIn(c.loopSignalAt, timeZone),
  );
  const closes = countBy(input.conversations, (c) =>
    c.loopClosedAt === null ? null : monthIn(c.loopClosedAt, timeZone),
  );
  const due = countBy(
    input.commitments.filter((c) => c.owner === "leader" && isDue(c, input.today)),
    (c) => monthOf(c.dueOn),
  );
  const months = input.months.map((month): MonthFigures => {
    const conversations = held.get(month) ?? [];
    const asked = conversations.flatMap((c) => c.questions.filter((q) => q.covered));
    const open = asked.filter((q) => lintQuestion(q.text).open).length;
    const scores = conversations.flatMap((c) => {
      const score = c.listeningCheck === null ? null : listeningScore(c.listeningCheck);
      return score === null ? [] : [score];
    });
    const talk = conversations.flatMap((c) => (c.talkShare === null ? [] : [c.talkShare]));
    const dueThen = due.get(month) ?? [];
    const kept = dueThen.filter(isKeptOnTime).length;
    return {
      month,
      conversationsHeld: conversations.length,
      conversationsPerPerson: share(conversations.length, input.peopleLed),
      questionsAsked: asked.length,
      openQuestions: open,
      openQuestionShare: share(open, asked.length),
      loopsStarted: signals.get(month)?.length ?? 0,
      loopsClosed: closes.get(month)?.length ?? 0,
      selfChecks: scores.length,
      checklistAverage: mean(scores),
      talkShares: talk.length,
      talkShareAverage: mean(talk),
      commitmentsDue: dueThen.length,
      commitmentsKept: kept,
      commitmentsKeptShare: share(kept, dueThen.length),
    };
  });
  return { months, reliability: reliability(input.commitments, input.today) };
}
