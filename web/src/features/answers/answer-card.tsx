import { useState } from "react";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { formatFacetValue } from "../knowledge/facet-value";
import type { Facet } from "../knowledge/facets.api";
import { AnswerForm } from "./answer-form";
import { AnswerHistory } from "./answer-history";
import type { MyAnswer, Visibility } from "./answers.api";
import { useWithdrawAnswer } from "./answers.hooks";
import { VISIBILITY_TEXT } from "./visibility";

interface AnswerCardProps {
  facet: Facet;
  answer: MyAnswer | undefined;
  onStatus: (message: string) => void;
  /** Who sees a first answer unless the person chooses otherwise. */
  defaultVisibility?: Visibility;
}

type Mode = "view" | "edit" | "confirm-withdraw";

/** One facet of "Working with me": the member's answer, who sees it, edit, withdraw and history. */
export function AnswerCard({ facet, answer, onStatus, defaultVisibility = "leader" }: AnswerCardProps) {
  const [mode, setMode] = useState<Mode>("view");
  const withdraw = useWithdrawAnswer(facet.id);
  const headingId = `answer-${facet.key}-heading`;

  const done = (message: string) => {
    setMode("view");
    onStatus(message);
  };

  const confirmWithdraw = () =>
    withdraw.mutate(undefined, {
      onSuccess: () => done(`Your answer on ${facet.title} is withdrawn. Nobody sees it any more.`),
    });

  return (
    <section className="facet-card" id={`answer-${facet.key}`} aria-labelledby={headingId}>
      <div className="facet-card__head">
        <h3 id={headingId}>{facet.title}</h3>
        {answer ? (
          <span className={`visibility-badge visibility-badge--${answer.visibility}`}>
            Seen by: {VISIBILITY_TEXT[answer.visibility].label.toLowerCase()}
          </span>
        ) : null}
      </div>
      <p className="facet-card__description">{facet.aboutYou}</p>
      {mode === "edit" ? (
        <AnswerForm
          facet={facet}
          answer={answer}
          defaultVisibility={defaultVisibility}
          onDone={done}
          onCancel={() => setMode("view")}
        />
      ) : answer ? (
        <>
          <p className="facet-value" dir="auto">
            {formatFacetValue(facet, answer.value)}
          </p>
          <p className="fine-print">
            Updated {formatDate(answer.updatedAt)} · {VISIBILITY_TEXT[answer.visibility].explanation}
          </p>
          {mode === "confirm-withdraw" ? (
            <Confirm
              id={`${headingId}-confirm`}
              confirmLabel="Withdraw answer"
              pendingLabel="Withdrawing…"
              pending={withdraw.isPending}
              error={withdraw.isError ? errorMessage(withdraw.error) : null}
              onConfirm={confirmWithdraw}
              onKeep={() => setMode("view")}
            >
              Withdraw your answer on {facet.title}? Nobody will see it any more; your history keeps it.
            </Confirm>
          ) : (
            <div className="form__actions">
              <Button variant="secondary" onClick={() => setMode("edit")}>
                Edit<span className="visually-hidden"> your answer on {facet.title}</span>
              </Button>
              <Button variant="danger" onClick={() => setMode("confirm-withdraw")}>
                Withdraw<span className="visually-hidden"> your answer on {facet.title}</span>
              </Button>
            </div>
          )}
        </>
      ) : (
        <>
          <p className="empty">Not answered yet.</p>
          <Button variant="secondary" onClick={() => setMode("edit")}>
            Answer<span className="visually-hidden"> {facet.title}</span>
          </Button>
        </>
      )}
      <AnswerHistory facet={facet} />
    </section>
  );
}
