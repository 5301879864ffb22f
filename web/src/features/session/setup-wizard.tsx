import { type FormEvent, useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../components/button";
import { Field } from "../../components/field";
import { ErrorMessage } from "../../components/messages";
import { isApiError } from "../../lib/api";
import { formText, missingFields, useFormErrors } from "../../lib/field-errors";
import { useSetup } from "./session.hooks";

const labels = { workspaceName: "Workspace name", name: "Your name", email: "Email", password: "Password" };

/**
 * First run, in two steps: name the workspace, then create the first admin account. A server
 * error about the workspace name takes the person back to the first step, focused on it.
 */
export function SetupWizard() {
  const setup = useSetup();
  const navigate = useNavigate();
  const [step, setStep] = useState<1 | 2>(1);
  const [workspaceName, setWorkspaceName] = useState("");
  // Kept when going back a step, so nothing typed is lost (never the password).
  const [account, setAccount] = useState({ name: "", email: "" });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);

  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (!formRef.current?.querySelector('[aria-invalid="true"]')) headingRef.current?.focus();
  }, [step, formRef]);

  const goBack = () => {
    const form = formRef.current;
    if (form) setAccount({ name: formText(form, "name"), email: formText(form, "email") });
    setStep(1);
  };

  const submitWorkspace = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = formText(event.currentTarget, "workspaceName").trim();
    if (value === "") return showFieldErrors({ workspaceName: "Workspace name is required." });
    clear();
    setWorkspaceName(value);
    setStep(2);
  };

  const submitAccount = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const input = {
      workspaceName,
      name: formText(form, "name").trim(),
      email: formText(form, "email").trim(),
      password: formText(form, "password"),
    };
    const { name, email, password } = input;
    const missing = missingFields({ name, email, password }, labels);
    if (missing) return showFieldErrors(missing);
    clear();
    setup.mutate(input, {
      onSuccess: () => void navigate("/teams", { replace: true, state: { welcome: true } }),
      onError: (error) => {
        showError(error);
        if (isApiError(error) && error.fields.some((field) => field.path === "workspaceName")) setStep(1);
      },
    });
  };

  return (
    <div className="wizard">
      <p className="wizard__progress">Step {step} of 2</p>
      {step === 1 ? (
        <form key="workspace" ref={formRef} className="form" onSubmit={submitWorkspace} noValidate>
          <h2 ref={headingRef} tabIndex={-1}>
            Name your workspace
          </h2>
          <p className="lede">Everyone you invite joins this workspace. Usually it is your organisation.</p>
          <ErrorMessage>{formError}</ErrorMessage>
          <Field
            label={labels.workspaceName}
            name="workspaceName"
            defaultValue={workspaceName}
            autoComplete="organization"
            maxLength={100}
            error={fieldErrors.workspaceName}
          />
          <Button type="submit">Continue</Button>
        </form>
      ) : (
        <form key="account" ref={formRef} className="form" onSubmit={submitAccount} noValidate>
          <h2 ref={headingRef} tabIndex={-1}>
            Create your admin account
          </h2>
          <p className="lede">
            You will run <strong>{workspaceName}</strong>. Admins manage people and settings; being an admin
            shows you nothing of what leaders and members write. When you also lead a team (whoever creates a
            team leads it), you see what its leader sees.
          </p>
          <ErrorMessage>{formError}</ErrorMessage>
          <Field
            label={labels.name}
            name="name"
            autoComplete="name"
            maxLength={100}
            defaultValue={account.name}
            error={fieldErrors.name}
          />
          <Field
            label={labels.email}
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={account.email}
            spellCheck={false}
            error={fieldErrors.email}
          />
          <Field
            label={labels.password}
            name="password"
            type="password"
            autoComplete="new-password"
            hint="At least 12 characters. A few unrelated words make a strong one."
            error={fieldErrors.password}
          />
          <div className="form__actions">
            <Button variant="secondary" onClick={goBack} disabled={setup.isPending}>
              Back
            </Button>
            <Button type="submit" pending={setup.isPending} pendingLabel="Setting up…">
              Create workspace
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
