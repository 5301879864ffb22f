import { secondFactorSettingsBody } from "#contracts/second-factor";
import { Form, Submit } from "../../components/form";
import { ErrorMessage, Loading } from "../../components/messages";
import { Panel } from "../../components/panel";
import { errorMessage } from "../../lib/api";
import { useSchemaForm } from "../../lib/forms";
import { SwitchField } from "../account/switch-field";
import { useChangeSecondFactorRule, useSecondFactorRule } from "./second-factor.hooks";

/** For admins, on the People page: whether every admin must use two-step sign-in. */
export function SecondFactorRulePanel() {
  const rule = useSecondFactorRule();
  return (
    <Panel heading="Two-step sign-in for admins">
      {rule.isPending ? <Loading label="Loading the setting…" /> : null}
      {rule.isError ? <ErrorMessage>{errorMessage(rule.error)}</ErrorMessage> : null}
      {rule.isSuccess ? <RuleForm adminsRequired={rule.data.adminsRequired} /> : null}
    </Panel>
  );
}

function RuleForm({ adminsRequired }: { adminsRequired: boolean }) {
  const change = useChangeSecondFactorRule();
  const form = useSchemaForm({
    schema: secondFactorSettingsBody,
    labels: { adminsRequired: "Ask every admin to use two-step sign-in" },
    defaultValues: { adminsRequired },
  });
  return (
    <Form
      form={form}
      announces
      aria-label="Two-step sign-in for admins"
      onSubmit={async (input) => {
        const saved = await change.mutateAsync(input);
        form.reset(saved);
        return saved.adminsRequired
          ? "Every admin now needs two-step sign-in."
          : "Admins now choose for themselves whether to use two-step sign-in.";
      }}
    >
      <SwitchField
        name="adminsRequired"
        hint="An admin without it can do nothing else in Rapport until they set it up, and none of them can turn it off while this is on. You can turn this on once you use it yourself (on your Account page). API tokens keep working as they are."
      />
      <Submit pendingLabel="Saving…">Save</Submit>
    </Form>
  );
}
