import { z } from "zod";
import { anonymitySettingsBody } from "#contracts/pulses";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { Panel } from "../../components/panel";
import { errorMessage } from "../../lib/api";
import { useSchemaForm } from "../../lib/forms";
import type { AnonymitySettings } from "./pulses.api";
import { useAnonymitySettings, useChangeAnonymitySettings } from "./pulses.hooks";

/** A number field gives text: it is read as a number, then checked by the contract's own rule. */
const thresholdsForm = z.object({
  scoreThreshold: z.coerce.number().pipe(anonymitySettingsBody.shape.scoreThreshold.unwrap()),
  commentThreshold: z.coerce.number().pipe(anonymitySettingsBody.shape.commentThreshold.unwrap()),
});

/** The fewest answers behind any figure a workspace may allow. */
export const LOWEST_THRESHOLD = 3;

/**
 * The workspace's anonymity thresholds, for admins: how many people must have answered a trust
 * pulse before its figures show, and before its comments do. Never below 3.
 */
export function AnonymitySettingsPanel() {
  const settings = useAnonymitySettings();
  return (
    <Panel heading="Anonymity thresholds">
      <p>
        How many people must have answered a round of the trust pulse before Rapport shows its figures, and
        before it shows the comments, for every team, sub-group and comparison of rounds. Neither can be lower
        than {LOWEST_THRESHOLD}.
      </p>
      {settings.isPending ? <Loading label="Loading the thresholds…" /> : null}
      {settings.isError ? <ErrorMessage>{errorMessage(settings.error)}</ErrorMessage> : null}
      {settings.isSuccess ? <ThresholdsForm settings={settings.data} /> : null}
    </Panel>
  );
}

function ThresholdsForm({ settings }: { settings: AnonymitySettings }) {
  const change = useChangeAnonymitySettings();
  const form = useSchemaForm({
    schema: thresholdsForm,
    labels: { scoreThreshold: "Figures show from", commentThreshold: "Comments show from" },
    defaultValues: settings,
  });
  return (
    <Form
      form={form}
      announces
      aria-label="Anonymity thresholds"
      onSubmit={async (input) => {
        const saved = await change.mutateAsync(input);
        form.reset(saved);
        return `Figures now show from ${saved.scoreThreshold} answers, comments from ${saved.commentThreshold}.`;
      }}
    >
      <div className="form__row">
        <TextField
          name="scoreThreshold"
          type="number"
          inputMode="numeric"
          min={LOWEST_THRESHOLD}
          hint="answers, for each score and the trust index"
        />
        <TextField
          name="commentThreshold"
          type="number"
          inputMode="numeric"
          min={LOWEST_THRESHOLD}
          hint="answers, for the comments"
        />
      </div>
      <Submit pendingLabel="Saving…">Save thresholds</Submit>
    </Form>
  );
}
