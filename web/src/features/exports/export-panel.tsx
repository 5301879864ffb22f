import { Panel } from "../../components/panel";
import { EXPORT_DATASETS, type ExportDataset, exportCsvUrl, exportJsonUrl } from "./exports.api";

/** What each CSV table holds, in the words of the screens. */
const TABLES: Record<ExportDataset, { label: string; holds: string }> = {
  answers: { label: "Answers", holds: "every version of your answers, with who could see each" },
  beliefs: { label: "Beliefs", holds: "what you believe about the people you lead, with your comparisons" },
  commitments: { label: "Commitments", holds: "what you and the other person promised, both ways" },
  conversations: { label: "Conversations", holds: "your 1:1s, with the notes you may read" },
};

/**
 * "Download my data": the whole export as JSON, and its tables as CSV files. Plain links, since the
 * session cookie goes with them and the server names the files.
 */
export function ExportPanel({ leads }: { leads: boolean }) {
  const tables = EXPORT_DATASETS.filter((dataset) => leads || dataset !== "beliefs");
  return (
    <Panel heading="Download my data">
      <p>
        Everything in Rapport that is yours: your account and settings, your answers and their history, your
        stances, ratings, question lists, commitments and conversations
        {leads
          ? ", and as a leader your beliefs, estimates, private notes and the goals and work items you wrote"
          : ""}
        . It leaves out what other people answered and every trust pulse response.
      </p>
      <p>
        <a className="button button--secondary" href={exportJsonUrl} download>
          Download everything (JSON)
        </a>
      </p>
      <h3>Tables for a spreadsheet (CSV)</h3>
      <ul className="export-tables">
        {tables.map((dataset) => (
          <li key={dataset}>
            <a href={exportCsvUrl(dataset)} download>
              {TABLES[dataset].label}
              <span className="visually-hidden"> (CSV)</span>
            </a>
            <span className="export-tables__holds">: {TABLES[dataset].holds}</span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
