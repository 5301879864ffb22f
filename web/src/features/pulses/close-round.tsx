import { useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { errorMessage } from "../../lib/api";
import { formatDay } from "../conversations/schedule";
import type { PulseRound } from "./pulses.api";
import { useClosePulse } from "./pulses.hooks";

/** Closes an open round before its closing day, after asking; then shows its results. */
export function CloseRound({ round }: { round: PulseRound }) {
  const close = useClosePulse(round.id);
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  return (
    <section className="panel" aria-labelledby="close-round-heading">
      <h2 id="close-round-heading">Close the round</h2>
      {asking ? (
        <Confirm
          confirmLabel="Close the round"
          pendingLabel="Closing…"
          pending={close.isPending}
          error={close.isError ? errorMessage(close.error) : null}
          onConfirm={() =>
            close.mutate(undefined, {
              onSuccess: () => void navigate(`/pulses/${round.id}/results`, { state: { closed: true } }),
            })
          }
          onKeep={() => setAsking(false)}
        >
          Close the round now? Nobody can answer it after that, and its results show at once, each figure only
          if enough people answered.
        </Confirm>
      ) : (
        <>
          <p>
            It closes by itself once {formatDay(round.closesOn)} is over (UTC). Closing it now ends it today;
            nobody can answer it after that.
          </p>
          <Button
            variant="secondary"
            onClick={() => {
              close.reset();
              setAsking(true);
            }}
          >
            Close the round now…
          </Button>
        </>
      )}
    </section>
  );
}
