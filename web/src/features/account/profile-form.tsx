import { renameBody } from "#contracts/auth";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { Panel } from "../../components/panel";
import { useSchemaForm } from "../../lib/forms";
import { useRename } from "./account.hooks";

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const rename = useRename();
  const form = useSchemaForm({ schema: renameBody, labels: { name: "Name" }, defaultValues: { name } });

  return (
    <Panel heading="Profile">
      <Form
        form={form}
        announces
        onSubmit={async (input) => {
          await rename.mutateAsync(input.name);
          return "Your name is saved.";
        }}
      >
        <div className="field">
          <span className="field__static-label">Email</span>
          <span className="field__static">{email}</span>
        </div>
        <TextField name="name" autoComplete="name" maxLength={100} />
        <Submit pendingLabel="Saving…">Save name</Submit>
      </Form>
    </Panel>
  );
}
