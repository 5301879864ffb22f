import type { Export, ExportDataset } from "#contracts/exports";
import { toCsv } from "../../lib/csv";

/** A value of a facet (text, a choice, several choices, a point on a scale) as one cell. */
const cellOf = (value: unknown): string =>
  value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);

/**
 * The export's tables as CSV, each read from the JSON document so both say the same: one row per
 * version of an answer, belief, commitment or conversation. Cells pass through lib/csv.ts, which escapes
 * what a spreadsheet would run as a formula.
 */
const TABLES: {
  [D in ExportDataset]: (doc: Export) => { fields: string[]; rows: (string | number | boolean | null)[][] };
} = {
  answers: (doc) => {
    // History is newest first: the first version of a facet is its current answer, unless withdrawn.
    const seen = new Set<string>();
    return {
      fields: ["facet", "value", "visibility", "current", "withdrawn", "recordedAt"],
      rows: doc.answers.history.map((v) => {
        const current = !seen.has(v.facetId) && !v.withdrawn;
        seen.add(v.facetId);
        return [v.facetKey, cellOf(v.value), v.visibility, current, v.withdrawn, v.recordedAt];
      }),
    };
  },
  beliefs: (doc) => ({
    fields: [
      "person",
      "facet",
      "value",
      "source",
      "confidence",
      "afterAnswer",
      "recordedAt",
      "comparison",
      "reason",
    ],
    rows: doc.beliefs.map((b) => [
      b.person.name,
      b.facetKey,
      cellOf(b.value),
      b.source,
      b.confidence,
      b.afterAnswer,
      b.recordedAt,
      b.comparison?.outcome ?? null,
      b.comparison?.reason ?? null,
    ]),
  }),
  commitments: (doc) => ({
    fields: ["leader", "person", "owner", "text", "dueOn", "status", "closedOn", "overdue", "createdAt"],
    rows: doc.commitments.map((c) => [
      c.leader.name,
      c.person.name,
      c.owner,
      c.text,
      c.dueOn,
      c.status,
      c.closedOn,
      c.overdue,
      c.createdAt,
    ]),
  }),
  conversations: (doc) => ({
    fields: [
      "myView",
      "leader",
      "person",
      "scheduledAt",
      "durationMinutes",
      "status",
      "heldAt",
      "sharedNotes",
      "privateNotes",
      "agenda",
    ],
    rows: doc.conversations.map((c) => [
      c.viewer,
      c.leader.name,
      c.person.name,
      c.scheduledAt,
      c.durationMinutes,
      c.status,
      c.heldAt,
      c.sharedNotes,
      c.viewer === "leader" ? c.privateNotes : null,
      c.agenda.map((item) => item.text).join("\n"),
    ]),
  }),
};

export function exportCsv(doc: Export, dataset: ExportDataset): string {
  const { fields, rows } = TABLES[dataset](doc);
  return toCsv(fields, rows);
}
