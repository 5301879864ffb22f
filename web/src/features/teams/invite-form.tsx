import { useState } from "react";
import { invitationBody } from "#contracts/invitations";
import { Form, Submit } from "../../components/form";
import { SelectField, TextField } from "../../components/form-fields";
import { Panel } from "../../components/panel";
import { useSchemaForm } from "../../lib/forms";
import { InvitationLink, joinsAs } from "./invitation-link";
import type { CreatedInvitation } from "./teams.api";
import { useInvite } from "./teams.hooks";

const roles = [
  { value: "member", label: "Member" },
  { value: "leader", label: "Leader" },
] as const;

/** Invites one email address; the link is shown to copy, since mail may not be set up. */
export function InviteForm({ teamId, teamName }: { teamId: string; teamName: string }) {
  const invite = useInvite(teamId);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const form = useSchemaForm({
    schema: invitationBody,
    labels: { email: "Email address", role: "Role on this team" },
    defaultValues: { role: "member" },
  });

  return (
    <Panel
      heading={
        <>
          Invite someone to <span dir="auto">{teamName}</span>
        </>
      }
    >
      <p className="lede">They get a link that works once, for seven days.</p>
      <Form
        form={form}
        onSubmitCapture={() => setCreated(null)}
        onSubmit={async (input) => {
          setCreated(await invite.mutateAsync(input));
          form.reset();
        }}
      >
        <div className="form__row">
          <TextField name="email" type="email" autoComplete="off" spellCheck={false} />
          <SelectField name="role" options={roles} />
        </div>
        <Submit pendingLabel="Creating invitation…">Create invitation</Submit>
      </Form>
      {created ? <InvitationLink invitation={created} joinsAs={joinsAs(created.role)} /> : null}
    </Panel>
  );
}
