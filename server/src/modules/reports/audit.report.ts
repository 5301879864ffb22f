import { type Audit, type AuditFigures, auditStateReader } from "#contracts/audit";
import { percent, STATE_LABELS, score, stateLabel } from "./report.format";
import { ReportPdf } from "./report.pdf";

/** People per table of the heatmap, so its columns stay readable on a portrait page. */
const PEOPLE_PER_TABLE = 6;

/** The share figures, as the audit page names them, with what each is computed over. */
function figureRows(figures: AuditFigures): string[][] {
  const { counts } = figures;
  const people = `${counts.cells} aspects of ${counts.people} ${counts.people === 1 ? "person" : "people"}`;
  const compared = `${counts.compared} ${counts.compared === 1 ? "comparison" : "comparisons"}`;
  return [
    ["Coverage", percent(figures.coverage), people, "higher"],
    ["Confirmed", percent(figures.confirmedShare), people, "higher"],
    [
      "Unchecked beliefs",
      percent(figures.assumptionLoad),
      `${counts.beliefs} ${counts.beliefs === 1 ? "belief" : "beliefs"}`,
      "lower",
    ],
    ["Accuracy", percent(figures.accuracy), compared, "higher"],
    ["Calibration", score(figures.calibration), compared, "lower (0 is perfect)"],
    ["Mean confidence", percent(figures.meanConfidence), compared, "close to accuracy"],
  ];
}

const FIGURE_COLUMNS = [
  { heading: "Figure", width: 3 },
  { heading: "Value", width: 2, align: "right" as const },
  { heading: "Over", width: 5 },
  { heading: "Better", width: 3 },
];

/**
 * A team's assumption audit as a PDF: what the audit page shows its leader. The figures with
 * their counts, the knowledge states drawn as bars beside their table, what the leader knows of
 * each person as a table of states (the heatmap), the next conversations, the blind spots and
 * stale aspects, and the figures per dimension. Each section starts a page.
 */
export async function auditReport(audit: Audit, madeAt: Date): Promise<Buffer> {
  const pdf = await ReportPdf.create({
    title: `${audit.scope.name}: assumption audit`,
    subtitle: `Made by Rapport on ${madeAt.toISOString().slice(0, 10)} for the team's leaders; only they may see it.`,
    madeAt,
  });
  const { figures } = audit;
  const facetTitle = new Map(audit.facets.map((f) => [f.id, f.title]));
  const personName = new Map(audit.people.map((p) => [p.id, p.name]));

  pdf.section("The figures");
  pdf.table(FIGURE_COLUMNS, figureRows(figures));
  if (figures.overconfident)
    pdf.paragraph(
      "Your confidence runs ahead of your accuracy: you are more sure than you turn out to be right.",
    );
  pdf.heading("Counts");
  const { counts } = figures;
  pdf.table(
    [
      { heading: "What", width: 3 },
      { heading: "Count", width: 1, align: "right" },
    ],
    [
      ["People", String(counts.people)],
      ["Aspects worth knowing (cells)", String(counts.cells)],
      ["Beliefs", String(counts.beliefs)],
      ["Beliefs compared with an answer", String(counts.compared)],
      ["Blind spots", String(counts.blindSpots)],
      ["Stale", String(counts.stale)],
    ],
  );

  pdf.section("Knowledge states");
  pdf.paragraph("How many aspects of the team's people are in each state.", { muted: true });
  pdf.bars(STATE_LABELS.map(([state, label]) => ({ label, value: figures.stateCounts[state] })));
  pdf.table(
    [
      { heading: "State", width: 3 },
      { heading: "Aspects", width: 1, align: "right" },
    ],
    STATE_LABELS.map(([state, label]) => [label, String(figures.stateCounts[state])]),
  );

  pdf.section("What you know of each person");
  if (audit.people.length === 0) pdf.paragraph("No members to audit yet.");
  const stateOf = auditStateReader(audit);
  for (let start = 0; start < audit.people.length; start += PEOPLE_PER_TABLE) {
    const people = audit.people
      .slice(start, start + PEOPLE_PER_TABLE)
      .map((p, i) => ({ ...p, index: start + i }));
    pdf.table(
      [{ heading: "Aspect", width: 4 }, ...people.map((p) => ({ heading: p.name, width: 2 }))],
      audit.facets.map((facet) => [
        facet.title,
        ...people.map((p) => stateLabel(stateOf(p.index, facet.id))),
      ]),
      { fontSize: 8 },
    );
  }

  pdf.section("Next conversations");
  if (audit.nextConversations.length === 0) pdf.paragraph("No conversation to suggest.");
  else
    pdf.table(
      [
        { heading: "Person", width: 3 },
        { heading: "Aspect", width: 3 },
        { heading: "Why", width: 6 },
      ],
      audit.nextConversations.map((n) => [n.personName, n.facetTitle, n.reason]),
    );
  const cells = (list: Audit["blindSpots"]) =>
    list.map((c) => [personName.get(c.personId) ?? "", facetTitle.get(c.facetId) ?? ""]);
  const cellColumns = [
    { heading: "Person", width: 1 },
    { heading: "Aspect", width: 1 },
  ];
  pdf.heading(`Blind spots (${audit.blindSpots.length})`);
  if (audit.blindSpots.length === 0)
    pdf.paragraph("No blind spots: nothing you believed has been contradicted.");
  else pdf.table(cellColumns, cells(audit.blindSpots));
  pdf.heading(`Stale (${audit.stale.length})`);
  if (audit.stale.length === 0) pdf.paragraph("Nothing has gone stale.");
  else pdf.table(cellColumns, cells(audit.stale));

  pdf.section("By dimension");
  pdf.table(
    [
      { heading: "Dimension", width: 3 },
      { heading: "Coverage", width: 2, align: "right" },
      { heading: "Confirmed", width: 2, align: "right" },
      { heading: "Unchecked", width: 2, align: "right" },
      { heading: "Accuracy", width: 2, align: "right" },
      { heading: "Calibration", width: 2, align: "right" },
    ],
    (["workstyle", "values", "followership"] as const).map((dimension) => {
      const f = audit.byDimension[dimension];
      return [
        `${dimension[0]?.toUpperCase()}${dimension.slice(1)}`,
        percent(f.coverage),
        percent(f.confirmedShare),
        percent(f.assumptionLoad),
        percent(f.accuracy),
        score(f.calibration),
      ];
    }),
  );
  return pdf.finish();
}
