import { type FormEvent, useState } from "react";
import { Button } from "../../components/button";
import { Field, SelectField } from "../../components/field";
import { ErrorMessage } from "../../components/messages";
import { formText, useFormErrors } from "../../lib/field-errors";
import { InvitationLink } from "./invitation-link";
import type { CreatedInvitation } from "./teams.api";
import { useInvite } from "./teams.hooks";

const labels = { email: "Email address", role: "Role on this team" };
const roles = [
  { value: "member", label: "Member" },
  { value: "leader", label: "Leader" },
];

/** Invites one email address; the link is shown to copy, since mail may not be set up. */
export function InviteForm({ teamId, teamName }: { teamId: string; teamName: string }) {
  const invite = useInvite(teamId);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const email = formText(form, "email").trim();
    const role = formText(form, "role") === "leader" ? "leader" : "member";
    if (email === "") return showFieldErrors({ email: "Email address is required." });
    clear();
    setCreated(null);
    invite.mutate(
      { email, role },
      {
        onSuccess: (invitation) => {
          setCreated(invitation);
          form.reset();
        },
        onError: showError,
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone to {teamName}</h2>
      <p className="lede">They get a link that works once, for seven days.</p>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <ErrorMessage>{formError}</ErrorMessage>
        <div className="form__row">
          <Field
            label={labels.email}
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            error={fieldErrors.email}
          />
          <SelectField
            label={labels.role}
            name="role"
            options={roles}
            defaultValue="member"
            error={fieldErrors.role}
          />
        </div>
        <Button type="submit" pending={invite.isPending} pendingLabel="Creating invitation…">
          Create invitation
        </Button>
      </form>
      {created ? <InvitationLink invitation={created} /> : null}
    </section>
  );
}
