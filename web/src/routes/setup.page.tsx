import { SetupWizard } from "../features/session/setup-wizard";
import { usePageTitle } from "../lib/use-page-title";

export function SetupPage() {
  usePageTitle("Set up");
  return (
    <div className="page page--narrow">
      <h1>Welcome to Rapport</h1>
      <p className="lede">
        Rapport helps you know the people you lead, see where you are only assuming, and build trust on
        purpose. Two short steps and you are in.
      </p>
      <div className="panel">
        <SetupWizard />
      </div>
    </div>
  );
}
