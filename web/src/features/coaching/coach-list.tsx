import { useRef, useState } from "react";
import { COACH_GRANTS } from "#contracts/coaching";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { ErrorMessage, Loading, StatusMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import type { Coach, CoachGrant } from "./coaching.api";
import { useEndCoaching, useMyCoaches, useUpdateGrants } from "./coaching.hooks";
import { GRANT_WORDS, STATUS_WORDS } from "./coaching-words";

const who = (coach: Coach) => coach.name ?? coach.email;

/** The leader's coaches, each with their status, a switch per grant, and a way to end it. */
export function CoachList() {
  const coaches = useMyCoaches();
  const end = useEndCoaching();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = coaches.data?.coaches;

  return (
    <section aria-labelledby="coaches-heading">
      <h3 id="coaches-heading" ref={headingRef} tabIndex={-1}>
        Your coaches {rows ? <span className="count">({rows.length})</span> : null}
      </h3>
      <StatusMessage>{status}</StatusMessage>
      {coaches.isPending ? <Loading label="Loading your coaches…" /> : null}
      {coaches.isError ? (
        <>
          <ErrorMessage>{errorMessage(coaches.error)}</ErrorMessage>
          <Button variant="secondary" onClick={() => void coaches.refetch()}>
            Try again
          </Button>
        </>
      ) : null}
      {rows?.length === 0 ? <p className="empty">Nobody coaches you yet.</p> : null}
      {rows && rows.length > 0 ? (
        <ul className="coach-list">
          {rows.map((coach) => (
            <li key={coach.id} className="coach-row">
              <CoachSummary coach={coach} />
              <GrantSwitches coach={coach} onChanged={setStatus} />
              {confirming === coach.id ? (
                <Confirm
                  confirmLabel={coach.status === "active" ? "End coaching" : "Withdraw invitation"}
                  pendingLabel="Ending…"
                  pending={end.isPending}
                  error={end.isError ? errorMessage(end.error) : null}
                  onConfirm={() =>
                    end.mutate(coach.id, {
                      onSuccess: () => {
                        setConfirming(null);
                        setStatus(
                          coach.status === "active"
                            ? `${who(coach)} no longer coaches you and sees nothing of yours from their next request.`
                            : `The invitation for ${coach.email} is withdrawn: its link no longer works.`,
                        );
                        headingRef.current?.focus();
                      },
                    })
                  }
                  onKeep={() => setConfirming(null)}
                >
                  {coach.status === "active" ? (
                    <>
                      End the coaching with <span dir="auto">{who(coach)}</span>? They stop seeing your
                      figures at once; their notes and assignments to you are kept.
                    </>
                  ) : (
                    <>Withdraw the invitation for {coach.email}? Its link stops working at once.</>
                  )}
                </Confirm>
              ) : (
                <div className="coach-row__actions">
                  <Button
                    variant="quiet"
                    aria-label={
                      coach.status === "active"
                        ? `End the coaching with ${who(coach)}`
                        : `Withdraw the invitation for ${coach.email}`
                    }
                    onClick={() => {
                      end.reset();
                      setConfirming(coach.id);
                    }}
                  >
                    {coach.status === "active" ? "End coaching" : "Withdraw"}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function CoachSummary({ coach }: { coach: Coach }) {
  return (
    <p className="coach-row__who">
      <strong dir="auto">{who(coach)}</strong>
      {coach.name ? <span className="coach-row__email"> {coach.email}</span> : null}
      <span className={`badge badge--${coach.status === "active" ? "ok" : "quiet"}`}>
        {STATUS_WORDS[coach.status]}
      </span>
      <span className="fine-print">
        {coach.acceptedAt
          ? ` since ${formatDate(coach.acceptedAt)}`
          : coach.status === "pending"
            ? ` · the link works until ${formatDate(coach.expiresAt)}`
            : ` · expired ${formatDate(coach.expiresAt)}`}
      </span>
    </p>
  );
}

/** One switch per grant; each change is saved at once (PATCH with the whole set). */
function GrantSwitches({ coach, onChanged }: { coach: Coach; onChanged: (status: string) => void }) {
  const update = useUpdateGrants();
  const toggle = (grant: CoachGrant, on: boolean) => {
    const grants = on ? [...coach.grants, grant] : coach.grants.filter((item) => item !== grant);
    update.mutate(
      { coachId: coach.id, grants },
      {
        onSuccess: () =>
          onChanged(
            `${GRANT_WORDS[grant].label} ${on ? "shown to" : "hidden from"} ${who(coach)}${on ? "" : " from their next request"}.`,
          ),
      },
    );
  };
  return (
    <fieldset className="grant-switches">
      <legend>
        What <span dir="auto">{who(coach)}</span> may see
      </legend>
      {COACH_GRANTS.map((grant) => {
        // While a change is saved, the switches show it; they settle on the server's answer after.
        const on = (update.isPending && update.variables ? update.variables.grants : coach.grants).includes(
          grant,
        );
        return (
          <label key={grant} className="grant-switch">
            <input
              type="checkbox"
              role="switch"
              aria-checked={on}
              checked={on}
              disabled={update.isPending}
              onChange={(event) => toggle(grant, event.target.checked)}
            />
            <span>{GRANT_WORDS[grant].label}</span>
          </label>
        );
      })}
      <ErrorMessage>{update.isError ? errorMessage(update.error) : null}</ErrorMessage>
    </fieldset>
  );
}
