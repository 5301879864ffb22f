import { TALK_SHARE_AMBER_ABOVE, TALK_SHARE_RED_ABOVE } from "#core/conversations/listening";
import { percent } from "../charts/format";
import type { ColumnSeries, ScaleBand } from "../charts/month-columns";
import type { PracticeMonth } from "./practice.api";

/** One column of a figure's table: a heading and the month's value as written. */
export interface FigureColumn {
  heading: string;
  cell: (month: PracticeMonth) => string;
}

/** One practice figure: what it is called, what it means, what the chart draws and the table says. */
export interface PracticeFigure {
  key: string;
  title: string;
  /** What the figure means, as the server computes it, in a sentence or two. */
  meaning: string;
  scale: "share" | "count" | "talk";
  series: {
    key: string;
    label: string;
    tone: ColumnSeries["tone"];
    value: (month: PracticeMonth) => number | null;
  }[];
  /** The chart's description in words, from the months' values. */
  describe: (months: readonly PracticeMonth[], monthName: (month: string) => string) => string;
  columns: FigureColumn[];
  bands?: ScaleBand[];
}

const count = (value: number) => String(value);
const oneDecimal = (value: number | null) =>
  value === null ? "–" : value.toLocaleString("en", { maximumFractionDigits: 1 });
const talk = (value: number | null) => (value === null ? "–" : `${Math.round(value)}%`);

/** "Sep 2026: 40%, Oct 2026: no data": the values in words, for a chart's description. */
const listed = (
  months: readonly PracticeMonth[],
  monthName: (month: string) => string,
  value: (month: PracticeMonth) => string | null,
) => months.map((month) => `${monthName(month.month)}: ${value(month) ?? "nothing to count"}`).join("; ");

const TALK_AMBER = TALK_SHARE_AMBER_ABOVE;
const TALK_RED = TALK_SHARE_RED_ABOVE;

export const PRACTICE_FIGURES: readonly PracticeFigure[] = [
  {
    key: "conversations",
    title: "Conversations per person",
    meaning:
      "The conversations you held that month, divided by the number of people you lead today. One a month each is a monthly rhythm; about four is weekly.",
    scale: "count",
    series: [
      { key: "perPerson", label: "Per person", tone: "accent", value: (m) => m.conversationsPerPerson },
    ],
    describe: (months, name) =>
      listed(months, name, (m) =>
        m.conversationsPerPerson === null ? null : `${oneDecimal(m.conversationsPerPerson)} per person`,
      ),
    columns: [
      { heading: "Held", cell: (m) => count(m.conversationsHeld) },
      { heading: "Per person", cell: (m) => oneDecimal(m.conversationsPerPerson) },
    ],
  },
  {
    key: "openQuestions",
    title: "Open questions",
    meaning:
      "Of the questions on your agendas marked as asked, the share the question linter finds nothing to flag in: no yes-or-no or either/or, no why, nothing leading or loaded, no advice dressed as a question, one question at a time. One it cannot read (not in English) counts as asked, not as open.",
    scale: "share",
    series: [{ key: "share", label: "Open share", tone: "accent", value: (m) => m.openQuestionShare }],
    describe: (months, name) =>
      listed(months, name, (m) =>
        m.openQuestionShare === null ? null : `${percent(m.openQuestionShare)} open`,
      ),
    columns: [
      { heading: "Asked", cell: (m) => count(m.questionsAsked) },
      { heading: "Open", cell: (m) => count(m.openQuestions) },
      { heading: "Open share", cell: (m) => percent(m.openQuestionShare) },
    ],
  },
  {
    key: "loops",
    title: "Vulnerability loops",
    meaning:
      "Loops counted in the month of their signal, when you shared something first, and in the month of their close, when you noticed that they answered in kind.",
    scale: "count",
    series: [
      { key: "started", label: "Started", tone: "calm", value: (m) => m.loopsStarted },
      { key: "closed", label: "Closed", tone: "accent", value: (m) => m.loopsClosed },
    ],
    describe: (months, name) =>
      listed(months, name, (m) => `${m.loopsStarted} started, ${m.loopsClosed} closed`),
    columns: [
      { heading: "Started", cell: (m) => count(m.loopsStarted) },
      { heading: "Closed", cell: (m) => count(m.loopsClosed) },
    ],
  },
  {
    key: "checklist",
    title: "Listening self-check",
    meaning:
      "Over the conversations with a self-check, the average share of its questions you answered the way a good listener would.",
    scale: "share",
    series: [{ key: "average", label: "Average", tone: "accent", value: (m) => m.checklistAverage }],
    describe: (months, name) =>
      listed(months, name, (m) =>
        m.checklistAverage === null ? null : `${percent(m.checklistAverage)} on average`,
      ),
    columns: [
      { heading: "Self-checks", cell: (m) => count(m.selfChecks) },
      { heading: "Average", cell: (m) => percent(m.checklistAverage) },
    ],
  },
  {
    key: "talkShare",
    title: "Talk share",
    meaning: `The average of your own estimates of how much of the talking was yours. Above ${TALK_AMBER}% (amber) is worth noticing; above ${TALK_RED}% (red) the conversation has become yours.`,
    scale: "talk",
    series: [{ key: "talk", label: "Talk share", tone: "calm", value: (m) => m.talkShareAverage }],
    describe: (months, name) =>
      listed(months, name, (m) =>
        m.talkShareAverage === null ? null : `${talk(m.talkShareAverage)} of the talking`,
      ),
    columns: [
      { heading: "Estimates", cell: (m) => count(m.talkShares) },
      { heading: "Average", cell: (m) => talk(m.talkShareAverage) },
    ],
    bands: [
      { from: TALK_AMBER, to: TALK_RED, tone: "amber", label: `${TALK_AMBER}%` },
      { from: TALK_RED, to: 100, tone: "red", label: `${TALK_RED}%` },
    ],
  },
  {
    key: "reliability",
    title: "Commitments kept",
    meaning:
      "Of your own commitments due that month, the share you marked done on or before their due day. One dropped before its day does not count; one still open after it counts as not kept.",
    scale: "share",
    series: [{ key: "kept", label: "Kept on time", tone: "accent", value: (m) => m.commitmentsKeptShare }],
    describe: (months, name) =>
      listed(months, name, (m) =>
        m.commitmentsKeptShare === null ? null : `${percent(m.commitmentsKeptShare)} kept on time`,
      ),
    columns: [
      { heading: "Due", cell: (m) => count(m.commitmentsDue) },
      { heading: "Kept on time", cell: (m) => count(m.commitmentsKept) },
      { heading: "Kept share", cell: (m) => percent(m.commitmentsKeptShare) },
    ],
  },
];
