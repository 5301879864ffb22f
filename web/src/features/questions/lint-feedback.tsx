import { Link } from "react-router";
import { lintCodeLabel } from "./question-vocabulary";
import type { LintFinding } from "./questions.api";
import { useLiveLint } from "./questions.hooks";

export const OPEN_QUESTIONS_PATH = "/learn/open-questions";

/** One finding: what the pattern is, why it shuts a conversation down, a way to open it, and where to learn more. */
export function LintFindingText({ finding }: { finding: LintFinding }) {
  return (
    <>
      <span className="finding__code">{lintCodeLabel(finding.code)}.</span> {finding.message}{" "}
      <span className="finding__suggestion">{finding.suggestion}</span>{" "}
      <Link to={`${OPEN_QUESTIONS_PATH}#${finding.code}`} className="finding__learn">
        More in “Open and curious questions”
      </Link>
    </>
  );
}

/** The findings of a saved question, listed quietly under it. */
export function LintFindings({ findings }: { findings: LintFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings" aria-label="Linter findings">
      {findings.map((finding) => (
        <li key={finding.code} className="finding" data-code={finding.code}>
          <LintFindingText finding={finding} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Live feedback from the question linter while a question is typed. The verdict sits in a polite live
 * region that exists from the start, so screen readers announce each new verdict once typing pauses;
 * "Checking…" stays outside it, so it is not read out on every pause.
 */
export function LintFeedback({ text, id }: { text: string; id: string }) {
  const { result, checking, failed } = useLiveLint(text);
  return (
    <div className="lint">
      <div id={id} className="lint__verdict" aria-live="polite" data-testid="lint-feedback">
        {verdict(text, result, failed)}
      </div>
      <p className="lint__checking" aria-hidden="true">
        {checking ? "Checking…" : ""}
      </p>
    </div>
  );
}

function verdict(text: string, result: ReturnType<typeof useLiveLint>["result"], failed: boolean) {
  if (text.trim() === "") {
    return <p className="lint__idle">Rapport checks the question as you type.</p>;
  }
  if (failed)
    return <p className="lint__idle">The question could not be checked just now. You can still save it.</p>;
  if (result === null) return null;
  if (result.language === "other") {
    return (
      <p className="lint__idle">
        This does not read as English, and Rapport checks questions in English only, so nothing was checked.
      </p>
    );
  }
  if (result.open) {
    return (
      <p className="lint__open">
        Open question <span aria-hidden="true">✓</span>
      </p>
    );
  }
  if (result.findings.length === 0) {
    return <p className="lint__idle">Write a question to have it checked.</p>;
  }
  const count = result.findings.length;
  return (
    <>
      <p className="lint__summary">{count === 1 ? "One thing to look at:" : `${count} things to look at:`}</p>
      <LintFindings findings={result.findings} />
    </>
  );
}
