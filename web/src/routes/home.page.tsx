import { useRef, useState } from "react";
import { Link } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading, StatusMessage } from "../components/messages";
import { CoachedLeadersSection } from "../features/coaching/coached-leaders-section";
import { useCoachedLeaders, useMyCoaching } from "../features/coaching/coaching.hooks";
import { MyCoachingSection } from "../features/coaching/my-coaching-section";
import { FirstWeekChecklist } from "../features/home/first-week-checklist";
import { useHome } from "../features/home/home.hooks";
import { LeadingSection } from "../features/home/leading-section";
import { MemberSection } from "../features/home/member-section";
import { errorMessage } from "../lib/api";
import { useArrivalState } from "../lib/use-arrival-state";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

/** The team an invitation was just accepted for, when the screen was opened right after. */
function joinedTeam(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("joined" in state)) return null;
  return typeof state.joined === "string" ? state.joined : null;
}

/** The home: what to do now, as a leader, as a member and as a coach, and a new leader's first week. */
export function HomePage() {
  usePageTitle("Home");
  const me = useSignedIn();
  const home = useHome();
  // The coaching sections come above the rest: the home waits for them too, so they do not arrive
  // late and push what is already shown down the screen.
  const myCoaching = useMyCoaching();
  const coachedLeaders = useCoachedLeaders();
  const coaches = (coachedLeaders.data?.leaders.length ?? 0) > 0;
  const settled = home.isSuccess && !myCoaching.isPending && !coachedLeaders.isPending;
  const joined = joinedTeam(useArrivalState());
  const heading = useRef<HTMLHeadingElement>(null);
  const [hidden, setHidden] = useState(false);

  const status = hidden ? "The first-week list is hidden." : joined ? `Welcome to ${joined}.` : null;
  return (
    <div className="page home">
      <h1 ref={heading} tabIndex={-1}>
        Hello, <span dir="auto">{me.user.name}</span>
      </h1>
      <p className="lede">What to do now.</p>
      <StatusMessage>{status}</StatusMessage>
      {home.isPending || (home.isSuccess && !settled) ? <Loading label="Loading your home…" /> : null}
      {home.isError ? (
        <>
          <ErrorMessage>{errorMessage(home.error)}</ErrorMessage>
          <Button variant="secondary" onClick={() => void home.refetch()}>
            Try again
          </Button>
        </>
      ) : null}
      {settled ? (
        <>
          {home.data.checklist ? (
            <FirstWeekChecklist
              home={home.data}
              onHidden={() => {
                setHidden(true);
                heading.current?.focus();
              }}
            />
          ) : null}
          {myCoaching.data ? <MyCoachingSection coaching={myCoaching.data} /> : null}
          <CoachedLeadersSection leaders={coachedLeaders.data?.leaders ?? []} />
          {home.data.leading ? <LeadingSection leading={home.data.leading} viewerId={me.user.id} /> : null}
          {home.data.member ? <MemberSection member={home.data.member} viewerId={me.user.id} /> : null}
          {!home.data.checklist && !home.data.leading && !home.data.member && !coaches ? (
            <p className="notice notice--plain">
              You do not lead a team and are not on one, so nothing here is waiting for you.{" "}
              <Link to="/teams">See the teams</Link>
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
