import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { CopyField } from "../../components/copy-field";
import { ErrorMessage, Loading, StatusMessage } from "../../components/messages";
import { Panel } from "../../components/panel";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { useCalendarFeed, useCreateCalendarFeed, useDeleteCalendarFeed } from "./calendar.hooks";

/** The new link, shown this once, with a copy button. */
function NewLink({ url, replaced }: { url: string; replaced: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="result">
      <h3 ref={headingRef} tabIndex={-1}>
        Your calendar link is ready
      </h3>
      <p>
        Copy it now and add it to your calendar app as a subscription: Rapport keeps only a fingerprint of it
        and cannot show it again.{replaced ? " The link you had before no longer works." : ""}
      </p>
      <CopyField label="Your calendar link" value={url} what="link" />
    </div>
  );
}

/**
 * The calendar link: a secret address a calendar app subscribes to, listing the conversations
 * planned for the person. Made (or made again, which ends the old one), shown once, deleted.
 */
export function CalendarPanel() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const remove = useDeleteCalendarFeed();
  const [asking, setAsking] = useState<"replace" | "delete" | null>(null);
  const [replaced, setReplaced] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const current = feed.data?.feed ?? null;

  const make = (replacing: boolean) => {
    setStatus(null);
    create.mutate(undefined, {
      onSuccess: () => {
        setReplaced(replacing);
        setAsking(null);
      },
    });
  };

  return (
    <Panel heading="Calendar link">
      <p>
        A private address your calendar app can subscribe to. It lists your planned conversations, as a leader
        and as the person they are with. Anyone who has the address can read it, so keep it to yourself.
      </p>
      {feed.isPending ? <Loading label="Loading your calendar link…" /> : null}
      {feed.isError ? <ErrorMessage>{errorMessage(feed.error)}</ErrorMessage> : null}
      <ErrorMessage>{create.isError && asking === null ? errorMessage(create.error) : null}</ErrorMessage>
      {feed.isSuccess && current === null && !create.data ? (
        <Button pending={create.isPending} pendingLabel="Making…" onClick={() => make(false)}>
          Make a calendar link
        </Button>
      ) : null}
      {create.data && current !== null ? (
        <NewLink key={create.data.url} url={create.data.url} replaced={replaced} />
      ) : null}
      {feed.isSuccess && current !== null ? (
        <>
          <p className="fine-print">You made your current link on {formatDate(current.createdAt)}.</p>
          {asking === "replace" ? (
            <Confirm
              confirmLabel="Make a new link"
              pendingLabel="Making…"
              pending={create.isPending}
              error={create.isError ? errorMessage(create.error) : null}
              onConfirm={() => make(true)}
              onKeep={() => setAsking(null)}
            >
              Make a new link? The one you have now stops working at once, in every calendar that uses it.
            </Confirm>
          ) : null}
          {asking === "delete" ? (
            <Confirm
              confirmLabel="Delete the link"
              pendingLabel="Deleting…"
              pending={remove.isPending}
              error={remove.isError ? errorMessage(remove.error) : null}
              onConfirm={() =>
                remove.mutate(undefined, {
                  onSuccess: () => {
                    setAsking(null);
                    create.reset();
                    setStatus("Your calendar link is deleted and no longer works.");
                  },
                })
              }
              onKeep={() => setAsking(null)}
            >
              Delete your calendar link? It stops working at once, in every calendar that uses it.
            </Confirm>
          ) : null}
          {asking === null ? (
            <div className="form__actions">
              <Button variant="secondary" onClick={() => setAsking("replace")}>
                Make a new link
              </Button>
              <Button variant="secondary" onClick={() => setAsking("delete")}>
                Delete the link
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
      <StatusMessage>{status}</StatusMessage>
    </Panel>
  );
}
