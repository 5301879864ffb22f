import { Link } from "react-router";
import { Button } from "../../components/button";
import { ErrorMessage } from "../../components/messages";
import type { ChecklistStep, Home } from "./home.api";
import { useDismissChecklist } from "./home.hooks";

interface StepText {
  title: string;
  why: string;
  action: { to: string; label: string };
}

/** Each step in words, and where to do it: the first team the person leads, when there is one. */
function stepText(step: ChecklistStep, teamPath: string): StepText {
  switch (step.key) {
    case "create_team":
      return {
        title: "Create a team",
        why: "A team is the people you lead. You become its leader.",
        action: { to: "/teams", label: "Create a team" },
      };
    case "write_manual":
      return {
        title: "Write your own manual and share it with your team",
        why: "Say how you work and how you lead, including something you are still learning. When you go first, it is easier for your people to do the same.",
        action: { to: "/me/answers", label: "Write your manual" },
      };
    case "invite":
      return {
        title: "Invite the people you lead",
        why: "Each person gets a link to join the team and write their own manual.",
        action: { to: teamPath, label: "Invite people" },
      };
    case "write_beliefs": {
      const progress = step.progress && step.progress.total > 0 ? step.progress : null;
      return {
        title: "Write down what you believe about each person",
        why: `Do it before you read what they wrote, so you can see where you knew them and where you were guessing.${
          progress
            ? ` So far: ${progress.done} of ${progress.total} ${progress.total === 1 ? "person" : "people"}.`
            : ""
        }`,
        action: { to: teamPath, label: "Open your team" },
      };
    }
    case "first_conversation":
      return {
        title: "Hold your first conversation",
        why: "Ask about what you were only guessing: a 1:1 is where a belief becomes something you know.",
        action: { to: teamPath, label: "Open your team" },
      };
  }
}

/** A new leader's first week: steps that tick themselves from what they did, until hidden. */
export function FirstWeekChecklist({ home, onHidden }: { home: Home; onHidden: () => void }) {
  const dismiss = useDismissChecklist();
  const steps = home.checklist?.steps ?? [];
  const firstTeam = home.leading?.teams[0];
  const teamPath = firstTeam ? `/teams/${firstTeam.id}` : "/teams";
  const done = steps.filter((step) => step.done).length;
  return (
    <section className="panel checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Your first week as a leader</h2>
      <p className="fine-print" id="checklist-count">
        {done === steps.length
          ? "All done. You can hide this list."
          : `${done} of ${steps.length} done. Each step ticks itself once you have done it.`}
      </p>
      <ol className="checklist__steps" aria-describedby="checklist-count">
        {steps.map((step) => {
          const text = stepText(step, teamPath);
          return (
            <li
              key={step.key}
              className={step.done ? "checklist__step checklist__step--done" : "checklist__step"}
            >
              <span className="checklist__mark" aria-hidden="true">
                {step.done ? "✓" : ""}
              </span>
              <div className="checklist__text">
                <p className="checklist__title">
                  <span className="visually-hidden">{step.done ? "Done: " : "To do: "}</span>
                  {text.title}
                </p>
                {step.done ? null : (
                  <>
                    <p className="fine-print">{text.why}</p>
                    <p>
                      <Link to={text.action.to}>{text.action.label}</Link>
                    </p>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <ErrorMessage>{dismiss.error ? "Hiding the list did not work. Try again." : null}</ErrorMessage>
      <Button
        variant="secondary"
        onClick={() => dismiss.mutate(undefined, { onSuccess: onHidden })}
        pending={dismiss.isPending}
        pendingLabel="Hiding…"
      >
        Hide this list
      </Button>
    </section>
  );
}
