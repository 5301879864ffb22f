import { useState } from "react";
import { Button } from "../../components/button";
import { formatDate } from "../../lib/format";
import { BeliefForm } from "./belief-form";
import { BeliefSummary } from "./belief-summary";
import { ComparisonControls } from "./comparison-controls";
import { formatFacetValue } from "./facet-value";
import type { PersonFacet } from "./knowledge.api";
import { StateBadge } from "./state-badge";

interface PersonFacetCardProps {
  personId: string;
  firstName: string;
  item: PersonFacet;
  onStatus: (message: string) => void;
}

/**
 * One facet on a person's page, for their leader: the belief and the answer side by side, the
 * comparison, and the knowledge state. Beliefs come first: an answer the leader has not compared
 * with a belief stays hidden until they write down what they think, or choose to look anyway.
 */
export function PersonFacetCard({ personId, firstName, item, onStatus }: PersonFacetCardProps) {
  const { facet, belief, answer, state } = item;
  const [editing, setEditing] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const headingId = `facet-${facet.key}-heading`;
  const answerHidden = answer !== undefined && belief === undefined && !revealed;

  const done = (message: string) => {
    setEditing(false);
    onStatus(message);
  };

  return (
    <section className="facet-card" id={`facet-${facet.key}`} aria-labelledby={headingId}>
      <div className="facet-card__head">
        <h3 id={headingId} tabIndex={-1}>
          {facet.title}
        </h3>
        {state ? <StateBadge state={state} /> : null}
      </div>
      <p className="facet-card__description">{facet.description}</p>
      <div className="facet-card__sides">
        <div className="side">
          <h4>What you believe</h4>
          {editing ? (
            <BeliefForm
              personId={personId}
              facet={facet}
              belief={belief}
              answered={answer !== undefined}
              onDone={done}
              onCancel={() => setEditing(false)}
            />
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
              <Button variant={answerHidden ? "primary" : "secondary"} onClick={() => setEditing(true)}>
                {answerHidden ? "Write down what you think first" : "Write down what you think"}
                <span className="visually-hidden"> on {facet.title}</span>
              </Button>
            </>
          )}
        </div>
        <div className="side side--answer">
          <h4>What {firstName} says</h4>
          {answer === undefined ? (
            <p className="empty">No answer shared with you.</p>
          ) : answerHidden ? (
            <div className="hidden-answer">
              <p>
                {firstName} has answered. Write down what you think first: that is how you find out what you
                were assuming.
              </p>
              <Button variant="quiet" onClick={() => setRevealed(true)}>
                Show their answer anyway<span className="visually-hidden"> on {facet.title}</span>
              </Button>
              <p className="fine-print">
                A belief written after seeing the answer is kept, but it does not count in your accuracy.
              </p>
            </div>
          ) : (
            <>
              <p className="facet-value">{formatFacetValue(facet, answer.value)}</p>
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
