import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { setupBody } from "#contracts/setup";
import { Button } from "../../components/button";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { isApiError } from "../../lib/api";
import { useSchemaForm } from "../../lib/forms";
import { useSetup } from "./session.hooks";

const workspaceStep = setupBody.pick({ workspaceName: true });
const accountStep = setupBody.omit({ workspaceName: true });

/**
 * First run, in two steps: name the workspace, then create the first admin account. A server
 * error about the workspace name takes the person back to the first step, focused on it.
 */
export function SetupWizard() {
  const setup = useSetup();
  const navigate = useNavigate();
  const [step, setStep] = useState<1 | 2>(1);
  const [workspaceName, setWorkspaceName] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const workspace = useSchemaForm({
    schema: workspaceStep,
    labels: { workspaceName: "Workspace name" },
  });
  // Both forms live as long as the wizard, so going back a step loses nothing typed (but the password).
  const account = useSchemaForm({
    schema: accountStep,
    labels: { name: "Your name", email: "Email", password: "Password" },
  });

  // A new step starts at its heading, or at the field the server refused.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (step === 1 && workspace.getFieldState("workspaceName").invalid) workspace.setFocus("workspaceName");
    else headingRef.current?.focus();
  }, [step, workspace]);

  const back = () => {
    account.resetField("password");
    setStep(1);
  };

  return (
    <div className="wizard">
      <p className="wizard__progress">Step {step} of 2</p>
      {step === 1 ? (
        <Form
          key="workspace"
          form={workspace}
          onSubmit={(input) => {
            setWorkspaceName(input.workspaceName);
            setStep(2);
          }}
        >
          <h2 ref={headingRef} tabIndex={-1}>
            Name your workspace
          </h2>
          <p className="lede">Everyone you invite joins this workspace. Usually it is your organisation.</p>
          <TextField name="workspaceName" autoComplete="organization" maxLength={100} />
          <Button type="submit">Continue</Button>
        </Form>
      ) : (
        <Form
          key="account"
          form={account}
          onSubmit={async (input) => {
            try {
              await setup.mutateAsync({ workspaceName, ...input });
            } catch (error) {
              if (!(isApiError(error) && error.fields.some((field) => field.path === "workspaceName")))
                throw error;
              workspace.showError(error);
              setStep(1);
              return;
            }
            void navigate("/", { replace: true });
          }}
        >
          <h2 ref={headingRef} tabIndex={-1}>
            Create your admin account
          </h2>
          <p className="lede">
            You will run <strong>{workspaceName}</strong>. Admins manage people and settings; being an admin
            shows you nothing of what leaders and members write. When you also lead a team (whoever creates a
            team leads it), you see what its leader sees.
          </p>
          <TextField name="name" autoComplete="name" maxLength={100} />
          <TextField name="email" type="email" autoComplete="email" spellCheck={false} />
          <TextField
            name="password"
            type="password"
            autoComplete="new-password"
            hint="At least 12 characters. A few unrelated words make a strong one."
          />
          <div className="form__actions">
            <Button variant="secondary" onClick={back} disabled={setup.isPending}>
              Back
            </Button>
            <Submit pendingLabel="Setting up…">Create workspace</Submit>
          </div>
        </Form>
      )}
    </div>
  );
}
