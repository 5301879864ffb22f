import { useId } from "react";
import { RHYTHMS } from "#core/conversations/cadence";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import type { Rhythm } from "./conversations.api";
import { useSetCadence } from "./conversations.hooks";

export const RHYTHM_TEXT: Record<Rhythm, string> = {
  weekly: "Every week",
  fortnightly: "Every two weeks",
  monthly: "Every month",
  none: "No set rhythm",
};

/** The leader's target rhythm of conversations with one person, saved as soon as it is chosen. */
export function CadenceSelect({
  personId,
  firstName,
  rhythm,
}: {
  personId: string;
  firstName: string;
  rhythm: Rhythm;
}) {
  const id = useId();
  const set = useSetCadence(personId);
  return (
    <div className="field cadence">
      <label htmlFor={id}>
        How often you talk with <span dir="auto">{firstName}</span>
      </label>
      <p id={`${id}-hint`} className="field__hint">
        Once the time since your last conversation passes it and none is planned, your home says so.
      </p>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value={rhythm}
        disabled={set.isPending}
        onChange={(event) => {
          const chosen = RHYTHMS.find((item) => item === event.target.value);
          if (chosen) set.mutate({ rhythm: chosen });
        }}
      >
        {RHYTHMS.map((item) => (
          <option key={item} value={item}>
            {RHYTHM_TEXT[item]}
          </option>
        ))}
      </select>
      <StatusMessage>
        {set.isSuccess ? `Saved: ${RHYTHM_TEXT[set.data.rhythm].toLowerCase()}.` : null}
      </StatusMessage>
      <ErrorMessage>{set.isError ? errorMessage(set.error) : null}</ErrorMessage>
    </div>
  );
}
