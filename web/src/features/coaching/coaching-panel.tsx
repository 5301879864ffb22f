import { Panel } from "../../components/panel";
import { CoachList } from "./coach-list";
import { InviteCoachForm } from "./invite-coach-form";

/**
 * A leader's coaching, on their practice screen: the coaches they invited, what each may see, and
 * the form to invite one.
 */
export function CoachingPanel() {
  return (
    <Panel heading="Coaching">
      <p className="lede">
        A coach helps you practise. They see only the figures you switch on for them, and write you notes and
        practice assignments, which show on your home.
      </p>
      <CoachList />
      <InviteCoachForm />
    </Panel>
  );
}
