import { Link, useParams } from "react-router";
import { Loading } from "../components/messages";
import { Unavailable } from "../components/unavailable";
import { useTeamAudit } from "../features/audit/audit.hooks";
import { AuditDashboard } from "../features/audit/audit-dashboard";
import { ReportActions } from "../features/reports/report-actions";
import { reportUrls } from "../features/reports/reports.api";
import { usePageTitle } from "../lib/use-page-title";

export function TeamAuditPage() {
  const { teamId = "" } = useParams();
  const audit = useTeamAudit(teamId);
  usePageTitle(audit.data ? `${audit.data.scope.name} audit` : "Team audit");

  if (audit.isPending) return <Loading label="Loading the audit…" />;
  if (audit.isError) {
    return (
      <Unavailable
        title="Audit not available"
        error={audit.error}
        notFound="Only the leaders of a team can see its audit."
        back={{ to: `/teams/${teamId}`, label: "Back to the team" }}
        retry={() => void audit.refetch()}
      />
    );
  }
  const { data } = audit;
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to="/teams">Teams</Link> /{" "}
        <Link to={`/teams/${data.scope.id}`} dir="auto">
          {data.scope.name}
        </Link>
      </p>
      <h1>
        <span dir="auto">{data.scope.name}</span>: assumption audit
      </h1>
      <p className="lede">
        How much of what you think you know about <span dir="auto">{data.scope.name}</span> is knowledge, and
        how much is assumption. Only you see this.
      </p>
      <ReportActions pdfUrl={reportUrls.teamAudit(data.scope.id)} pdfLabel="Download the report (PDF)" />
      <p className="no-print">
        <Link to={`/teams/${data.scope.id}/followership-map`}>
          Followership map of <span dir="auto">{data.scope.name}</span>
        </Link>
        : your estimates beside each person's own self-assessment.
      </p>
      <AuditDashboard audit={data} />
    </div>
  );
}
