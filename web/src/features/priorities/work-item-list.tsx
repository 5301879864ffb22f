import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import type { WorkItem } from "./priorities.api";
import { useChangeWorkItem, useWithdrawRating } from "./priorities.hooks";
import { RATING_VISIBILITY_LABEL } from "./priority-words";
import { RatingForm } from "./rating-form";
import { workItemHeadingId } from "./work-item-ids";

type Role = "leader" | "member";

/** My rating in a sentence: "Your rating: value 4, effort 2 (My leaders)." */
function MyRatingLine({ item }: { item: WorkItem }) {
  const mine = item.myRating;
  if (!mine) return <p>You have not rated it yet.</p>;
  const seenBy = RATING_VISIBILITY_LABEL[mine.visibility];
  return <p>{`Your rating: value ${mine.value}, effort ${mine.effort} (${seenBy}).`}</p>;
}

/**
 * One item of the list: what it is, who added it, my rating, and the form to rate it (open until
 * I have rated it, then behind "Change my rating"). Its creator and the team's leaders may archive it.
 */
function WorkItemEntry({
  teamId,
  item,
  role,
  announce,
}: {
  teamId: string;
  item: WorkItem;
  role: Role;
  /** Says what just happened in the list's one status line (the latest only). */
  announce: (message: string | null) => void;
}) {
  const [editing, setEditing] = useState(item.myRating === null);
  const change = useChangeWorkItem(teamId);
  const withdraw = useWithdrawRating(teamId);
  // Once the form closes, focus returns to the item's heading, where the rating now reads.
  const heading = useRef<HTMLHeadingElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (returnFocus && !editing) {
      heading.current?.focus();
      setReturnFocus(false);
    }
  }, [returnFocus, editing]);
  const headingId = workItemHeadingId(item.id);
  const failure = change.error ?? withdraw.error;
  return (
    <li className="priorities-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} dir="auto" ref={heading} tabIndex={-1}>
          {item.title}
        </h3>
        {item.description ? (
          <p className="priorities-item__description" dir="auto">
            {item.description}
          </p>
        ) : null}
        <p className="fine-print">
          Added{" "}
          {item.createdBy ? (
            <>
              by <span dir="auto">{item.createdBy.name}</span>{" "}
            </>
          ) : null}
          on {formatDate(item.createdAt)}
        </p>
        <div className="priorities-item__mine">
          <MyRatingLine item={item} />
          {item.myRating && !editing ? (
            <>
              <Button
                variant="secondary"
                onClick={() => {
                  announce(null);
                  setEditing(true);
                }}
              >
                Change my rating
              </Button>
              <Button
                variant="quiet"
                pending={withdraw.isPending}
                pendingLabel="Withdrawing…"
                onClick={() => {
                  announce(null);
                  withdraw.mutate(item.id, {
                    onSuccess: () => {
                      setEditing(true);
                      announce(`Your rating of “${item.title}” is withdrawn; no figure counts it now.`);
                    },
                  });
                }}
              >
                Withdraw my rating
              </Button>
            </>
          ) : null}
          {item.canEdit ? (
            <Button
              variant="quiet"
              pending={change.isPending}
              pendingLabel="Archiving…"
              onClick={() => change.mutate({ itemId: item.id, input: { archived: true } })}
            >
              Archive
            </Button>
          ) : null}
        </div>
        {editing ? (
          <RatingForm
            teamId={teamId}
            item={item}
            role={role}
            onDone={() => {
              setEditing(false);
              setReturnFocus(true);
              announce(`Your rating of “${item.title}” is saved.`);
            }}
            onCancel={
              item.myRating
                ? () => {
                    setEditing(false);
                    setReturnFocus(true);
                  }
                : undefined
            }
          />
        ) : null}
        <ErrorMessage>{failure ? errorMessage(failure) : null}</ErrorMessage>
      </article>
    </li>
  );
}

/** The archived items, folded away, each with a way back for whoever may change it. */
function ArchivedItems({ teamId, items }: { teamId: string; items: readonly WorkItem[] }) {
  const change = useChangeWorkItem(teamId);
  if (items.length === 0) return null;
  return (
    <details className="priorities-archived">
      <summary>Archived ({items.length})</summary>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <span dir="auto">{item.title}</span>{" "}
            {item.canEdit ? (
              <Button
                variant="quiet"
                onClick={() => change.mutate({ itemId: item.id, input: { archived: false } })}
                aria-label={`Restore ${item.title}`}
              >
                Restore
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorMessage>{change.error ? errorMessage(change.error) : null}</ErrorMessage>
    </details>
  );
}

/** The team's work: each active item to rate, then the archived ones. */
export function WorkItemList({
  teamId,
  items,
  role,
}: {
  teamId: string;
  items: readonly WorkItem[];
  role: Role;
}) {
  const active = items.filter((item) => !item.archived);
  const archived = items.filter((item) => item.archived);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  return (
    <>
      <StatusMessage>{announcement}</StatusMessage>
      {active.length === 0 ? (
        <p className="empty">No work is listed yet.</p>
      ) : (
        <ul className="priorities-items">
          {active.map((item) => (
            <WorkItemEntry key={item.id} teamId={teamId} item={item} role={role} announce={setAnnouncement} />
          ))}
        </ul>
      )}
      <ArchivedItems teamId={teamId} items={archived} />
    </>
  );
}
