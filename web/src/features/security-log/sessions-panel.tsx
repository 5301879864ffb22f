import { useRef, useState } from "react";
import { Button } from "../../components/button";
import { ErrorMessage, Loading, StatusMessage } from "../../components/messages";
import { Panel } from "../../components/panel";
import { errorMessage } from "../../lib/api";
import { formatDateTime } from "../../lib/format";
import type { MySession } from "./security-log.api";
import { useEndSession, useMySessions, useMySignIns } from "./security-log.hooks";
import { describeAgent } from "./user-agent";

/** One session: which browser, from where, since when; End for any but this one. */
function SessionItem({ session, onEnded }: { session: MySession; onEnded: (what: string) => void }) {
  const end = useEndSession();
  const what = describeAgent(session.userAgent);
  return (
    <li className="session">
      <div className="session__what">
        <strong>{what}</strong>
        {session.current ? <span className="badge">This device</span> : null}
      </div>
      <div className="session__detail fine-print">
        {session.address ? `From ${session.address} · ` : ""}
        Signed in {formatDateTime(session.startedAt)} · last active {formatDateTime(session.lastSeenAt)}
      </div>
      {session.current ? null : (
        <>
          <ErrorMessage>{end.isError ? errorMessage(end.error) : null}</ErrorMessage>
          <Button
            variant="secondary"
            aria-label={`End the session of ${what}, signed in ${formatDateTime(session.startedAt)}`}
            pending={end.isPending}
            pendingLabel="Ending…"
            onClick={() => end.mutate(session.id, { onSuccess: () => onEnded(what) })}
          >
            End
          </Button>
        </>
      )}
    </li>
  );
}

/**
 * The account page's "Where you are signed in": every session of mine that still works, this one
 * marked, the others with End; and my recent sign-ins, failed attempts at my account among them.
 */
export function SessionsPanel() {
  const sessions = useMySessions();
  const signIns = useMySignIns();
  const [status, setStatus] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  return (
    <Panel heading="Where you are signed in">
      <p>
        Each browser you are signed in with. Ending one signs it out at once; to end this one, sign out below.
        Changing your password ends all the others.
      </p>
      <StatusMessage>{status}</StatusMessage>
      {sessions.isPending ? <Loading label="Loading your sessions…" /> : null}
      {sessions.isError ? <ErrorMessage>{errorMessage(sessions.error)}</ErrorMessage> : null}
      {sessions.isSuccess ? (
        <ul className="sessions" aria-label="Your sessions" ref={listRef} tabIndex={-1}>
          {sessions.data.sessions.map((session) => (
            <SessionItem
              key={session.id}
              session={session}
              onEnded={(what) => {
                setStatus(`${what} is signed out.`);
                // Its button is gone with it: keep the keyboard in the list.
                listRef.current?.focus();
              }}
            />
          ))}
        </ul>
      ) : null}
      <h3>Recent sign-ins</h3>
      {signIns.isPending ? <Loading label="Loading your sign-ins…" /> : null}
      {signIns.isError ? <ErrorMessage>{errorMessage(signIns.error)}</ErrorMessage> : null}
      {signIns.isSuccess && signIns.data.signIns.length === 0 ? (
        <p className="fine-print">No sign-ins recorded yet.</p>
      ) : null}
      {signIns.isSuccess && signIns.data.signIns.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the table scrolls sideways, and a keyboard can only scroll what takes focus (axe: scrollable-region-focusable)
        <section className="table-wrap" tabIndex={0} aria-label="Your recent sign-ins">
          <table className="table">
            <caption className="visually-hidden">Your recent sign-ins, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Outcome</th>
                <th scope="col">Browser</th>
                <th scope="col">Address</th>
              </tr>
            </thead>
            <tbody>
              {signIns.data.signIns.map((signIn, index) => (
                // Sign-ins have no id of their own here; their order is fixed (newest first).
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
                <tr key={index}>
                  <td>{formatDateTime(signIn.at)}</td>
                  <td>{signIn.outcome === "success" ? "Signed in" : "Failed attempt"}</td>
                  <td>{describeAgent(signIn.userAgent)}</td>
                  <td>{signIn.address ?? "Unknown"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </Panel>
  );
}
