import { useState } from "react";
import { Link } from "react-router";
import { newPulseBody, PULSE_MAX_DAYS_OPEN } from "#contracts/pulses";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { StatusMessage } from "../../components/messages";
import { useSchemaForm } from "../../lib/forms";
import { formatDay } from "../conversations/schedule";
import { utcDayFromToday } from "./pulse-figures";
import type { PulseRound } from "./pulses.api";
import { useOpenPulse } from "./pulses.hooks";

/**
 * Opens a round of the trust pulse for the team, closing on a day within the next 60. A team has
 * one open round at a time: while `openRound` is there, this says so instead of offering the form.
 */
export function OpenPulseForm({ teamId, openRound }: { teamId: string; openRound: PulseRound | null }) {
  const open = useOpenPulse(teamId);
  const [opened, setOpened] = useState<PulseRound | null>(null);
  const form = useSchemaForm({
    schema: newPulseBody,
    labels: { closesOn: "Closes on" },
    defaultValues: { closesOn: utcDayFromToday(14) },
  });
  return (
    <>
      {openRound && !opened ? (
        <p className="fine-print">
          <Link to={`/pulses/${openRound.id}`}>A round is open until {formatDay(openRound.closesOn)}</Link>. A
          new one can be opened once it closes.
        </p>
      ) : null}
      {openRound ? null : (
        <Form
          form={form}
          className="form pulse-open-form"
          aria-label="Open a trust pulse"
          onSubmitCapture={() => setOpened(null)}
          onSubmit={async ({ closesOn }) => {
            setOpened(await open.mutateAsync(closesOn));
          }}
        >
          <TextField
            name="closesOn"
            type="date"
            min={utcDayFromToday(1)}
            max={utcDayFromToday(PULSE_MAX_DAYS_OPEN)}
            hint={`A day after today and at most ${PULSE_MAX_DAYS_OPEN} days on. Members can answer until that day is over (UTC); you can also close the round earlier.`}
          />
          <Submit pendingLabel="Opening…">Open a trust pulse</Submit>
        </Form>
      )}
      <StatusMessage>
        {opened ? (
          <>
            A round is open until {formatDay(opened.closesOn)}; the members of the team can answer it now.{" "}
            <Link to={`/pulses/${opened.id}`}>Open the round</Link>
          </>
        ) : null}
      </StatusMessage>
    </>
  );
}
