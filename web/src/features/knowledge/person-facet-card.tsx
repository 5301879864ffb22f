import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button";
import { ErrorMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { BeliefForm } from "./belief-form";
import { BeliefSummary } from "./belief-summary";
import { ComparisonControls } from "./comparison-controls";
import { formatFacetValue } from "./facet-value";
import type { PersonFacet } from "./knowledge.api";
import { useRevealAnswer } from "./knowledge.hooks";
import { StateBadge } from "./state-badge";

interface PersonFacetCardProps {
  personId: string;
  firstName: string;
  item: PersonFacet;
  onStatus: (message: string) => void;
}

/**
 * One facet on a person's page, for their leader: the belief and the answer side by side, the
 * comparison, and the knowledge state. Beliefs come first: the server sends an answer the leader
 * has not looked at sealed (only its date), until they write down what they think, or choose to
 * look. Either is recorded; a belief changed after that no longer counts in accuracy.
 */
export function PersonFacetCard({ personId, firstName, item, onStatus }: PersonFacetCardProps) {
  const { facet, belief, answer, sealedAnswer, state } = item;
  const [editing, setEditing] = useState(false);
  const reveal = useRevealAnswer(personId, facet.id);
  const headingId = `facet-${facet.key}-heading`;
  // After looking, the button is gone: the keyboard lands on the answer it opened.
  const answerRef = useRef<HTMLParagraphElement>(null);
  const [justLooked, setJustLooked] = useState(false);
  useEffect(() => {
    if (justLooked && answer) {
      answerRef.current?.focus();
      setJustLooked(false);
    }
  }, [justLooked, answer]);

  const done = (message: string) => {
    setEditing(false);
    onStatus(message);
  };
  const look = () =>
    reveal.mutate(undefined, {
      onSuccess: () => {
        setJustLooked(true);
        onStatus(`${firstName}'s answer on ${facet.title} is shown.`);
      },
    });

  return (
    <section className="facet-card" id={`facet-${facet.key}`} aria-labelledby={headingId}>
      <div className="facet-card__head">
        <h3 id={headingId} tabIndex={-1}>
          {facet.title}
        </h3>
        {state ? <StateBadge state={state} /> : null}
      </div>
      <p className="facet-card__description">{facet.aboutThem}</p>
      <div className="facet-card__sides">
        <div className="side">
          <h4>What you believe</h4>
          {editing ? (
            <>
              {sealedAnswer ? (
                <p className="fine-print">
                  This counts: you have not seen their answer. Once you save, it shows; a change after that is
                  kept but no longer counts in your accuracy.
                </p>
              ) : null}
              <BeliefForm
                personId={personId}
                facet={facet}
                belief={belief}
                answered={answer !== undefined}
                onDone={done}
                onCancel={() => setEditing(false)}
              />
            </>
          ) : belief ? (
            <>
              <BeliefSummary facet={facet} belief={belief} />
              <Button variant="secondary" onClick={() => setEditing(true)}>
                Change belief<span className="visually-hidden"> on {facet.title}</span>
              </Button>
            </>
          ) : (
            <>
              <p className="empty">Nothing written down yet.</p>
              <Button variant={sealedAnswer ? "primary" : "secondary"} onClick={() => setEditing(true)}>
                {sealedAnswer ? "Write down what you think first" : "Write down what you think"}
                <span className="visually-hidden"> on {facet.title}</span>
              </Button>
            </>
          )}
        </div>
        <div className="side side--answer">
          <h4>
            What <span dir="auto">{firstName}</span> says
          </h4>
          {sealedAnswer ? (
            <div className="hidden-answer">
              <p>
                <span dir="auto">{firstName}</span> answered on {formatDate(sealedAnswer.answeredAt)}.{" "}
                {belief
                  ? "Your belief is written: look at their answer to compare."
                  : "Write down what you think first, then look: that is how you find out what you were assuming."}
              </p>
              <Button
                variant={belief ? "primary" : "quiet"}
                onClick={look}
                pending={reveal.isPending}
                pendingLabel="Opening…"
              >
                Look at their answer<span className="visually-hidden"> on {facet.title}</span>
              </Button>
              <ErrorMessage>{reveal.error ? errorMessage(reveal.error) : null}</ErrorMessage>
              <p className="fine-print">
                Looking is recorded. A belief you write or change after looking is kept, but it does not count
                in your accuracy or calibration.
              </p>
            </div>
          ) : answer === undefined ? (
            <p className="empty">No answer shared with you.</p>
          ) : (
            <>
              <p className="facet-value" dir="auto" ref={answerRef} tabIndex={-1}>
                {formatFacetValue(facet, answer.value)}
              </p>
              <p className="fine-print">Answered {formatDate(answer.updatedAt)}</p>
            </>
          )}
        </div>
      </div>
      {belief && answer && !editing ? (
        <ComparisonControls personId={personId} item={item} onDone={onStatus} />
      ) : null}
    </section>
  );
}
