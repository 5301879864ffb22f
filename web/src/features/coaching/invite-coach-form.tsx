import { COACH_GRANTS, inviteCoachBody } from "#contracts/coaching";
import { Form, Submit } from "../../components/form";
import { ChoiceGroup, TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { InvitationLink } from "../teams/invitation-link";
import { useInviteCoach } from "./coaching.hooks";
import { GRANT_WORDS, NEVER_SEEN } from "./coaching-words";

export const grantChoices = COACH_GRANTS.map((grant) => ({
  value: grant,
  label: (
    <span className="grant-choice">
      <span className="grant-choice__label">{GRANT_WORDS[grant].label}</span>
      <span className="grant-choice__shows">{GRANT_WORDS[grant].shows}</span>
    </span>
  ),
}));

/** Invites a coach by email with the grants ticked; the link is shown once, to copy. */
export function InviteCoachForm() {
  const invite = useInviteCoach();
  const form = useSchemaForm({
    schema: inviteCoachBody,
    labels: { email: "Your coach's email address", grants: "What they may see" },
    defaultValues: { grants: ["practice"] },
  });

  return (
    <section className="coach-invite" aria-labelledby="invite-coach-heading">
      <h3 id="invite-coach-heading">Invite a coach</h3>
      <p>
        They get a link that works once, for seven days, and join this workspace with an account of their own.
        You can switch each of these on or off at any time. {NEVER_SEEN}
      </p>
      <Form
        form={form}
        onSubmit={async (input) => {
          // The link shown is the mutation's latest answer; a new invitation replaces it.
          await invite.mutateAsync(input);
          form.reset();
        }}
      >
        <TextField name="email" type="email" autoComplete="off" spellCheck={false} />
        <ChoiceGroup
          name="grants"
          options={grantChoices}
          multiple
          spaced
          optionClassName="q-option grant-option"
        />
        <Submit pendingLabel="Inviting…">Invite this coach</Submit>
      </Form>
      {invite.data ? (
        <InvitationLink key={invite.data.id} invitation={invite.data} joinsAs="Coaches you" />
      ) : null}
    </section>
  );
}
