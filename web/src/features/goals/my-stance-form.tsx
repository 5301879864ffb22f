import { useState } from "react";
import { z } from "zod";
import { stanceBody } from "#contracts/goals";
import { Button } from "../../components/button";
import { Form, Submit } from "../../components/form";
import { ChoiceGroup } from "../../components/form-fields";
import { StatusMessage } from "../../components/messages";
import { formatDate } from "../../lib/format";
import { useSchemaForm } from "../../lib/forms";
import { SwitchField } from "../account/switch-field";
import { visibilityOptions } from "../answers/visibility-options";
import type { Goal } from "./goals.api";
import { useSetConsent, useSetStance, useWithdrawStance } from "./goals.hooks";
import { STANCE_TEXT, STANCES, stanceLabel } from "./stance-words";

const stanceForm = stanceBody.extend({ named: z.boolean() });

const ladder = STANCES.map((stance) => ({
  value: stance,
  label: (
    <span>
      <span className="choice__label">{STANCE_TEXT[stance].label}</span>
      <span className="choice__hint">{STANCE_TEXT[stance].mine}</span>
    </span>
  ),
}));

/**
 * A member places themselves on the ladder, says who may see it, and whether they may be named
 * among the goal's followers once they join. Withdrawing takes the stance off the curve from now on.
 */
export function MyStanceForm({ goal }: { goal: Goal }) {
  const mine = goal.myStance;
  const setStance = useSetStance(goal.id);
  const setConsent = useSetConsent(goal.id);
  const withdraw = useWithdrawStance(goal.id);
  const [status, setStatus] = useState<string | null>(null);
  const form = useSchemaForm({
    schema: stanceForm,
    labels: {
      stance: "Your stance on the ladder",
      visibility: "Who can see where you stand",
      named: "Name me among the followers once I join",
    },
    whenEmpty: { stance: "Choose where you stand on the ladder." },
    defaultValues: {
      stance: mine?.stance,
      visibility: mine?.visibility ?? "leader",
      named: mine?.named ?? false,
    },
  });
  return (
    <section className="panel goal-stance" id="my-stance" aria-labelledby="my-stance-heading">
      <h2 id="my-stance-heading">Where you stand</h2>
      <p className="fine-print">
        {mine
          ? `You said ${stanceLabel(mine.stance).toLowerCase()} on ${formatDate(mine.statedAt)}.`
          : "You have not placed yourself on this goal yet."}{" "}
        Supportive or more counts as joined.
      </p>
      <Form
        form={form}
        onSubmitCapture={() => setStatus(null)}
        onSubmit={async ({ stance, visibility, named }) => {
          await setStance.mutateAsync({ stance, visibility });
          if (named !== (mine?.named ?? false)) await setConsent.mutateAsync(named);
          setStatus(`Saved: you are ${stanceLabel(stance).toLowerCase()}.`);
        }}
      >
        <ChoiceGroup name="stance" className="choice-group stance-ladder" options={ladder} />
        <ChoiceGroup
          name="visibility"
          className="choice-group visibility-choice"
          options={visibilityOptions}
        />
        <SwitchField
          name="named"
          hint="The first people to join are shown on this page to the whole team. Without this, you are counted as “someone”."
        />
        <div className="form__actions">
          <Submit pendingLabel="Saving…">Save where I stand</Submit>
          {mine ? (
            <Button
              variant="quiet"
              pending={withdraw.isPending}
              pendingLabel="Withdrawing…"
              onClick={async () => {
                setStatus(null);
                await withdraw.mutateAsync();
                form.reset({ stance: undefined, visibility: "leader", named: false });
                setStatus("Withdrawn: your stance is off the curve from now on.");
              }}
            >
              Withdraw my stance
            </Button>
          ) : null}
        </div>
      </Form>
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
