import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { type AccountSettings, accountSettingsBody } from "#contracts/auth";
import { Button } from "../../components/button";
import { Form, Submit } from "../../components/form";
import { SelectField } from "../../components/form-fields";
import { Panel } from "../../components/panel";
import { useSchemaForm } from "../../lib/forms";
import { useChangeSettings } from "./account.hooks";
import { SwitchField } from "./switch-field";
import { browserTimeZone, timeZoneGroups } from "./time-zones";

const zoneName = (zone: string) => zone.replaceAll("_", " ");

/**
 * The time zone reminders and the calendar feed give times in, and whether reminders and (for a
 * leader) the weekly digest come. The
 * select starts at the saved zone (UTC until the person picks one); the browser's zone is offered,
 * and never saved without the person pressing Save.
 */
export function SettingsForm({ settings, leads }: { settings: AccountSettings; leads: boolean }) {
  const change = useChangeSettings();
  const form = useSchemaForm({
    schema: accountSettingsBody,
    labels: {
      timeZone: "Time zone",
      remindersEnabled:
        "Remind me by mail of a conversation the day before, and of a trust pulse I have not answered",
      digestEnabled: "Send me a weekly digest by mail",
    },
    defaultValues: settings,
  });
  const groups = useMemo(() => timeZoneGroups(settings.timeZone), [settings.timeZone]);
  const chosen = useWatch({ control: form.control, name: "timeZone" });
  const browsers = browserTimeZone();

  return (
    <Panel heading="Time zone and mail">
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
          hint={`Saved: ${zoneName(settings.timeZone)}. Reminder mails and your calendar link give times in it, and whether a commitment is overdue goes by your day in it.`}
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
        <SwitchField
          name="remindersEnabled"
          hint="A mail a day before each planned conversation you are in, as its leader or as the person it is with; and, while a trust pulse of your team is open and you have not answered it, one a day (it goes only to you and says nothing of who else has answered). Only when this Rapport is set up to send mail."
        />
        {leads ? (
          <SwitchField
            name="digestEnabled"
            hint="On Mondays, when anything is waiting for you: people overdue for a conversation by the rhythm you set, vulnerability loops open for more than 14 days, open commitments with the people you lead that are overdue or due within the week, and answers waiting for your guess. Only when this Rapport is set up to send mail."
          />
        ) : null}
        <Submit pendingLabel="Saving…">Save settings</Submit>
      </Form>
    </Panel>
  );
}
