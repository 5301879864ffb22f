import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { plural } from "../../lib/format";
import { OPEN_QUESTIONS_PATH } from "./lint-feedback";
import { isLintCode, lintCodeLabel } from "./question-vocabulary";
import type { ImportResult } from "./questions.api";

/** What an import made: the new list, and the linter's findings row by row (advice, not refusals). */
export function ImportResultView({ result }: { result: ImportResult }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { list, findings } = result;

  // Focus the outcome, so keyboard and screen reader users hear what happened.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="result" data-testid="import-result">
      <h3 ref={headingRef} tabIndex={-1}>
        Imported “<span dir="auto">{list.name}</span>”
      </h3>
      <p>
        {plural(list.itemCount, "question", "questions")} in use
        {list.retiredCount > 0 ? `, ${list.retiredCount} retired` : ""}.{" "}
        <Link to={`/questions/${list.id}`}>
          Open “<span dir="auto">{list.name}</span>”
        </Link>
      </p>
      {findings.length === 0 ? (
        <p className="fine-print">The linter found every question open.</p>
      ) : (
        <>
          <p>
            The linter has {plural(findings.length, "finding", "findings")}. They are advice: every row was
            imported. <Link to={OPEN_QUESTIONS_PATH}>What makes a question open?</Link>
          </p>
          <ul className="findings">
            {findings.map((finding) => (
              <li key={`${finding.row}-${finding.code}`} className="finding">
                <span className="finding__row">Row {finding.row}</span>{" "}
                <span className="finding__code">
                  {isLintCode(finding.code) ? lintCodeLabel(finding.code) : finding.code}.
                </span>{" "}
                {finding.message} <span className="finding__suggestion">{finding.suggestion}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
