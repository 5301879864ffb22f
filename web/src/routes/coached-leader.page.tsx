import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { COACH_GRANTS } from "#contracts/coaching";
import { Loading } from "../components/messages";
import { Unavailable } from "../components/unavailable";
import { AssignmentList, NoteList } from "../features/coaching/assignment-list";
import { AssignmentForm, NoteForm } from "../features/coaching/coach-forms";
import type { CoachedLeaderDetail, CoachGrant } from "../features/coaching/coaching.api";
import { useCoachedLeader } from "../features/coaching/coaching.hooks";
import { GRANT_WORDS } from "../features/coaching/coaching-words";
import {
  GrantedAlignment,
  GrantedAudit,
  GrantedGoals,
  GrantedManual,
  GrantedPractice,
} from "../features/coaching/granted-figures";
import { usePageTitle } from "../lib/use-page-title";

/** Each granted figure's section, from the detail; null when that grant is off. */
function grantedSection(grant: CoachGrant, detail: CoachedLeaderDetail): ReactNode {
  switch (grant) {
    case "practice":
      return (
        detail.practice && <GrantedPractice practice={detail.practice} leaderName={detail.leader.name} />
      );
    case "audit":
      return detail.audit && <GrantedAudit audit={detail.audit} />;
    case "goals":
      return detail.goals && <GrantedGoals goals={detail.goals} />;
    case "alignment":
      return detail.alignment && <GrantedAlignment alignment={detail.alignment} />;
    case "manual":
      return detail.manual && <GrantedManual manual={detail.manual} />;
  }
}

/**
 * One leader a coach coaches: the figures they granted, each drawn with its table, the notes and
 * assignments the coach gave them, and the forms to write another.
 */
export function CoachedLeaderPage() {
  const { leaderId = "" } = useParams();
  const leader = useCoachedLeader(leaderId);
  usePageTitle(leader.data ? `Coaching ${leader.data.leader.name}` : "Coaching");

  if (leader.isPending) return <Loading label="Loading the leader's figures…" />;
  if (leader.isError) {
    return (
      <Unavailable
        title="Coaching"
        error={leader.error}
        notFound="You do not coach this leader, or they ended the coaching."
        back={{ to: "/coaching", label: "Back to the leaders you coach" }}
        retry={() => void leader.refetch()}
      />
    );
  }
  const detail = leader.data;
  const name = detail.leader.name;
  const shown = COACH_GRANTS.flatMap((grant) => {
    const section = grantedSection(grant, detail);
    return section ? [{ grant, section }] : [];
  });
  const hidden = COACH_GRANTS.filter((grant) => !shown.some((item) => item.grant === grant));

  return (
    <div className="page page--wide">
      <p className="eyebrow">
        <Link to="/coaching">Coaching</Link>
      </p>
      <h1 dir="auto">{name}</h1>
      <p className="lede">
        What <span dir="auto">{name}</span> shares with you, and what you have written and set them. They can
        switch each figure off at any time; it is then gone from this page.
      </p>
      {shown.length === 0 ? (
        <p className="notice notice--plain">
          <span dir="auto">{name}</span> shares no figures with you right now. Your notes and assignments
          still reach them.
        </p>
      ) : null}
      {shown.map(({ grant, section }) => (
        <section key={grant} className="panel coach-section" aria-labelledby={`granted-${grant}`}>
          <h2 id={`granted-${grant}`}>{GRANT_WORDS[grant].label}</h2>
          {section}
        </section>
      ))}
      {hidden.length > 0 && shown.length > 0 ? (
        <p className="fine-print">
          Not shared with you: {hidden.map((grant) => GRANT_WORDS[grant].label).join(", ")}.
        </p>
      ) : null}

      <div className="grid">
        <WrittenPanel
          id="assignments"
          heading="Assignments"
          written={
            detail.assignments.length === 0 ? null : <AssignmentList assignments={detail.assignments} />
          }
          empty="You have set no assignment yet."
          formHeading="Set an assignment"
          form={<AssignmentForm leaderId={detail.leader.id} leaderName={name} />}
        />
        <WrittenPanel
          id="notes"
          heading="Notes"
          written={detail.notes.length === 0 ? null : <NoteList notes={detail.notes} />}
          empty="You have written no note yet."
          formHeading="Write a note"
          form={<NoteForm leaderId={detail.leader.id} leaderName={name} />}
        />
      </div>
    </div>
  );
}

/** What the coach gave the leader (or a line saying nothing yet), and the form to give more. */
function WrittenPanel({
  id,
  heading,
  written,
  empty,
  formHeading,
  form,
}: {
  id: string;
  heading: string;
  written: ReactNode;
  empty: string;
  formHeading: string;
  form: ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {written ?? <p className="empty">{empty}</p>}
      <h3>{formHeading}</h3>
      {form}
    </section>
  );
}
