import type { ReactNode } from "react";
import { Button } from "../../components/button";
import { ErrorMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDay } from "../conversations/schedule";
import type { Commitment, CommitmentOwner } from "./commitments.api";
import { useUpdateCommitment } from "./commitments.hooks";

const STATUS_WORD = { open: "Open", done: "Done", dropped: "Dropped" } as const;

/** The two ways an open commitment closes, each a button named by the status it sets. */
const CLOSINGS = [
  { status: "done", variant: "secondary" },
  { status: "dropped", variant: "quiet" },
] as const;

/** Who promised, from the reader's side: "You promised" or "Mina promised". */
function promiser(commitment: Commitment, viewer: CommitmentOwner): ReactNode {
  if (commitment.owner === viewer) return "You promised";
  const name = commitment.owner === "leader" ? commitment.leader.name : commitment.person.name;
  return (
    <>
      <span dir="auto">{name}</span> promised
    </>
  );
}

/** Commitments both ways, each with its due day; an open one can be marked done or dropped (today). */
export function CommitmentList({
  commitments,
  viewer,
}: {
  commitments: Commitment[];
  viewer: CommitmentOwner;
}) {
  const update = useUpdateCommitment();
  if (commitments.length === 0) return <p className="empty">No commitments yet.</p>;
  return (
    <>
      <ErrorMessage>{update.isError ? errorMessage(update.error) : null}</ErrorMessage>
      <ul className="commitments">
        {commitments.map((commitment) => (
          <li key={commitment.id} className={`commitment commitment--${commitment.status}`}>
            <p className="commitment__who">
              {promiser(commitment, viewer)}
              {commitment.overdue ? <span className="badge badge--warning">Overdue</span> : null}
              <span className="badge badge--quiet">{STATUS_WORD[commitment.status]}</span>
            </p>
            <p className="commitment__text" dir="auto">
              {commitment.text}
            </p>
            <p className="fine-print">
              Due {formatDay(commitment.dueOn)}
              {commitment.closedOn
                ? `; ${STATUS_WORD[commitment.status].toLowerCase()} on ${formatDay(commitment.closedOn)}`
                : ""}
            </p>
            {commitment.status === "open" ? (
              <div className="commitment__actions">
                {CLOSINGS.map(({ status, variant }) => (
                  <Button
                    key={status}
                    variant={variant}
                    disabled={update.isPending}
                    onClick={() => update.mutate({ id: commitment.id, status })}
                  >
                    {STATUS_WORD[status]}
                    <span className="visually-hidden" dir="auto">
                      {" "}
                      ({commitment.text})
                    </span>
                  </Button>
                ))}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
