import { Link } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading } from "../components/messages";
import { useMyAudit } from "../features/audit/audit.hooks";
import { AuditDashboard } from "../features/audit/audit-dashboard";
import { errorMessage } from "../lib/api";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

export function MyAuditPage() {
  usePageTitle("My audit");
  const me = useSignedIn();
  const led = me.teams.filter((team) => team.role === "leader");
  const audit = useMyAudit();

  return (
    <div className="page page--wide">
      <h1>My audit</h1>
      <p className="lede">
        Across every team you lead: where you know the people you lead, and where you are only assuming.
        Someone on two of your teams counts once.
      </p>
      {led.length > 0 ? (
        <p className="fine-print">
          Team audits:{" "}
          {led.map((team, index) => (
            <span key={team.id}>
              {index > 0 ? ", " : null}
              <Link to={`/teams/${team.id}/audit`} dir="auto">
                {team.name}
              </Link>
            </span>
          ))}
        </p>
      ) : (
        <p className="notice notice--plain">You do not lead a team, so there is nothing to audit yet.</p>
      )}
      {audit.isPending ? <Loading label="Loading your audit…" /> : null}
      {audit.isError ? (
        <>
          <ErrorMessage>{errorMessage(audit.error)}</ErrorMessage>
          <Button variant="secondary" onClick={() => void audit.refetch()}>
            Try again
          </Button>
        </>
      ) : null}
      {audit.isSuccess && led.length > 0 ? <AuditDashboard audit={audit.data} /> : null}
    </div>
  );
}
