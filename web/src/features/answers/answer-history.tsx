import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button";
import { ErrorMessage, Loading } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDateTime } from "../../lib/format";
import { formatFacetValue } from "../knowledge/facet-value";
import type { Facet } from "../knowledge/facets.api";
import type { AnswerVersion } from "./answers.api";
import { useAnswerHistory } from "./answers.hooks";
import { VISIBILITY_TEXT } from "./visibility";

/**
 * Every version of one answer, newest first. Only the member sees this. Nothing is fetched until
 * the person opens it; older versions come a page at a time.
 */
export function AnswerHistory({ facet }: { facet: Facet }) {
  const [open, setOpen] = useState(false);
  const history = useAnswerHistory(facet.id, open);
  const versions = history.data?.pages.flatMap((page) => page.versions) ?? [];
  // After "Show older", focus moves to the first older version, so keyboard and screen reader
  // users land on what they asked for (and are not stranded when the button goes).
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focusFrom === null || history.isFetchingNextPage) return;
    const item = list.current?.children.item(focusFrom);
    if (item instanceof HTMLElement) item.focus();
    setFocusFrom(null);
  }, [focusFrom, history.isFetchingNextPage]);

  const showOlder = () => {
    setFocusFrom(versions.length);
    void history.fetchNextPage();
  };

  return (
    <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        History<span className="visually-hidden"> of your answer on {facet.title}</span>
      </summary>
      <p className="fine-print">
        Only you see earlier versions. Changes made within ten minutes of each other are kept as one.
      </p>
      {history.isPending && open ? <Loading label="Loading…" /> : null}
      {history.isError ? <ErrorMessage>{errorMessage(history.error)}</ErrorMessage> : null}
      {history.isSuccess && versions.length === 0 ? <p className="empty">No versions yet.</p> : null}
      {versions.length > 0 ? (
        <ol className="history__list" ref={list}>
          {versions.map((version) => (
            <li
              key={`${version.recordedAt}-${version.withdrawn}-${JSON.stringify(version.value)}`}
              tabIndex={-1}
            >
              <VersionText facet={facet} version={version} />
            </li>
          ))}
        </ol>
      ) : null}
      {history.hasNextPage ? (
        <Button
          variant="secondary"
          onClick={showOlder}
          pending={history.isFetchingNextPage}
          pendingLabel="Loading…"
        >
          Show older<span className="visually-hidden"> versions of your answer on {facet.title}</span>
        </Button>
      ) : null}
    </details>
  );
}

function VersionText({ facet, version }: { facet: Facet; version: AnswerVersion }) {
  return (
    <>
      <span className="history__date">{formatDateTime(version.recordedAt)}</span>
      {version.withdrawn || version.value === null ? (
        <span>
          <span className="empty">Withdrawn</span>
          {version.value !== null ? (
            <span className="fine-print">
              {" "}
              · was: <span dir="auto">{formatFacetValue(facet, version.value)}</span>
            </span>
          ) : null}
        </span>
      ) : (
        <span>
          <span dir="auto">{formatFacetValue(facet, version.value)}</span>
          {version.visibility ? (
            <span className="fine-print">
              {" "}
              · seen by: {VISIBILITY_TEXT[version.visibility].label.toLowerCase()}
            </span>
          ) : null}
        </span>
      )}
    </>
  );
}
