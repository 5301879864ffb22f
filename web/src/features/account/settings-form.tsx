import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { type AccountSettings, accountSettingsBody } from "#contracts/auth";
import { Button } from "../../components/button";
import { Form, Submit } from "../../components/form";
import { SelectField } from "../../components/form-fields";
import { Panel } from "../../components/panel";
import { useSchemaForm } from "../../lib/forms";
import { useChangeSettings } from "./account.hooks";
import { browserTimeZone, timeZoneGroups } from "./time-zones";

const zoneName = (zone: string) => zone.replaceAll("_", " ");

/**
 * The person's time zone. The select starts at the saved zone (UTC until the person picks one);
 * the browser's zone is offered, and never saved without the person pressing Save.
 */
export function SettingsForm({ settings }: { settings: AccountSettings }) {
  const change = useChangeSettings();
  const form = useSchemaForm({
    schema: accountSettingsBody,
    labels: {
      timeZone: "Time zone",
      remindersEnabled: "Remind me by mail the day before a conversation",
      digestEnabled: "Send me a weekly digest by mail",
    },
    defaultValues: settings,
  });
  const groups = useMemo(() => timeZoneGroups(settings.timeZone), [settings.timeZone]);
  const chosen = useWatch({ control: form.control, name: "timeZone" });
  const browsers = browserTimeZone();

  return (
    <Panel heading="Time zone">
      <Form
        form={form}
        announces
        onSubmit={async (input) => {
          await change.mutateAsync(input);
          form.reset(input);
          return "Your settings are saved.";
        }}
      >
        <SelectField
          name="timeZone"
          options={groups}
          hint={`Saved: ${zoneName(settings.timeZone)}. Whether a commitment is overdue goes by your day in it.`}
        />
        {browsers !== chosen ? (
          <p className="settings__browser-zone">
            This browser is set to {zoneName(browsers)}.{" "}
            <Button
              variant="secondary"
              onClick={() => form.setValue("timeZone", browsers, { shouldDirty: true })}
            >
              Choose {zoneName(browsers)}
            </Button>
          </p>
        ) : null}
        <Submit pendingLabel="Saving…">Save settings</Submit>
      </Form>
    </Panel>
  );
}
