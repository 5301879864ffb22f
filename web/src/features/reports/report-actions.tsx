import { Button } from "../../components/button";

/**
 * A report's two ways onto paper: "Print" (the browser's print dialog, with the print stylesheet:
 * one section a page, no navigation) and the same report as a PDF made by the server. Neither is
 * printed itself.
 */
export function ReportActions({
  pdfUrl,
  pdfLabel,
  print = true,
}: {
  pdfUrl: string;
  pdfLabel: string;
  print?: boolean;
}) {
  return (
    <p className="report-actions no-print">
      {print ? (
        <Button variant="secondary" onClick={() => window.print()}>
          Print
        </Button>
      ) : null}
      <a className="button button--secondary" href={pdfUrl} download>
        {pdfLabel}
      </a>
    </p>
  );
}
