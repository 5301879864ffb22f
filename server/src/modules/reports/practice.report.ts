import type { Practice, PracticeMonth } from "#contracts/practice";
import { oneDecimal, percent } from "./report.format";
import { ReportPdf } from "./report.pdf";

const count = (value: number) => String(value);
const talk = (value: number | null) => (value === null ? "–" : `${Math.round(value)}%`);

/** One practice figure as the practice page shows it: the value its chart draws, and its table's columns. */
interface Figure {
  title: string;
  meaning: string;
  /** The charted value, and the top of its scale (a share's 1, a talk share's 100, else the largest). */
  chart: { value: (m: PracticeMonth) => number | null; text: (m: PracticeMonth) => string; top?: number };
  columns: [string, (m: PracticeMonth) => string][];
}

const FIGURES: Figure[] = [
  {
    title: "Conversations per person",
    meaning: "The conversations you held that month, divided by the number of people you lead today.",
    chart: { value: (m) => m.conversationsPerPerson, text: (m) => oneDecimal(m.conversationsPerPerson) },
    columns: [
      ["Held", (m) => count(m.conversationsHeld)],
      ["Per person", (m) => oneDecimal(m.conversationsPerPerson)],
    ],
  },
  {
    title: "Open questions",
    meaning: "Of the questions on your agendas marked as asked, the share the question linter finds open.",
    chart: { value: (m) => m.openQuestionShare, text: (m) => percent(m.openQuestionShare), top: 1 },
    columns: [
      ["Asked", (m) => count(m.questionsAsked)],
      ["Open", (m) => count(m.openQuestions)],
      ["Open share", (m) => percent(m.openQuestionShare)],
    ],
  },
  {
    title: "Vulnerability loops",
    meaning: "The loops you started that month (you shared first), and those you closed.",
    chart: { value: (m) => m.loopsClosed, text: (m) => count(m.loopsClosed) },
    columns: [
      ["Started", (m) => count(m.loopsStarted)],
      ["Closed", (m) => count(m.loopsClosed)],
    ],
  },
  {
    title: "Listening self-check",
    meaning: "The mean share of the self-check's items you answered the good listener's way.",
    chart: { value: (m) => m.checklistAverage, text: (m) => percent(m.checklistAverage), top: 1 },
    columns: [
      ["Self-checks", (m) => count(m.selfChecks)],
      ["Average", (m) => percent(m.checklistAverage)],
    ],
  },
  {
    title: "Talk share",
    meaning: "The mean of your estimates of your share of the talk time.",
    chart: { value: (m) => m.talkShareAverage, text: (m) => talk(m.talkShareAverage), top: 100 },
    columns: [
      ["Estimates", (m) => count(m.talkShares)],
      ["Average", (m) => talk(m.talkShareAverage)],
    ],
  },
  {
    title: "Commitments kept",
    meaning: "Of your own commitments due that month, the share kept on time.",
    chart: { value: (m) => m.commitmentsKeptShare, text: (m) => percent(m.commitmentsKeptShare), top: 1 },
    columns: [
      ["Due", (m) => count(m.commitmentsDue)],
      ["Kept on time", (m) => count(m.commitmentsKept)],
      ["Kept share", (m) => percent(m.commitmentsKeptShare)],
    ],
  },
];

/** "2026-11" as "Nov 2026". */
const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });

/**
 * A leader's practice figures as a PDF: what GET /me/practice gives, month by month, each figure
 * on its own page with its columns drawn beside its table. Counts and shares only, the viewer's own.
 */
export async function practiceReport(practice: Practice, leaderName: string, madeAt: Date): Promise<Buffer> {
  const pdf = await ReportPdf.create({
    title: `Practice figures: ${leaderName}`,
    subtitle: `Made by Rapport on ${madeAt.toISOString().slice(0, 10)}. Months in ${practice.timeZone}; ${practice.peopleLed} ${practice.peopleLed === 1 ? "person" : "people"} led today. Only counts and shares, nothing anyone said.`,
    madeAt,
  });
  pdf.section("Reliability");
  const { reliability } = practice;
  pdf.paragraph(
    `Of your own commitments that are due, ${reliability.kept} of ${reliability.due} kept on time: ${percent(reliability.share)}.`,
  );
  for (const figure of FIGURES) {
    pdf.section(figure.title);
    pdf.paragraph(figure.meaning, { muted: true });
    const values = practice.months.map((m) => figure.chart.value(m) ?? 0);
    pdf.columns(
      practice.months.map((m) => ({
        label: monthName(m.month),
        value: figure.chart.value(m),
        text: figure.chart.text(m),
      })),
      figure.chart.top ?? Math.max(1, ...values),
    );
    pdf.table(
      [
        { heading: "Month", width: 2 },
        ...figure.columns.map(([heading]) => ({ heading, width: 2, align: "right" as const })),
      ],
      practice.months.map((m) => [monthName(m.month), ...figure.columns.map(([, cell]) => cell(m))]),
    );
  }
  return pdf.finish();
}
