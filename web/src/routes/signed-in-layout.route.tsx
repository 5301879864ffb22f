import { lazy, Suspense } from "react";
import { Navigate, Outlet, useLocation, useOutletContext } from "react-router";
import { Button } from "../components/button";
import { Layout, type NavItem } from "../components/layout";
import { ErrorMessage, Loading } from "../components/messages";
import { useCoachesSomeone } from "../features/coaching/coaching.hooks";
import { useMySecondFactor } from "../features/second-factor/second-factor.hooks";
import type { Me } from "../features/session/session.api";
import { useMe } from "../features/session/session.hooks";
import { errorMessage, isApiError } from "../lib/api";

// Only an admin the workspace's rule holds back sees it; its forms load with it.
const SecondFactorRequired = lazy(async () => ({
  default: (await import("../features/second-factor/second-factor-required")).SecondFactorRequired,
}));

/**
 * Everything behind sign-in. A missing or ended session (a 401 from `/me`, which any other 401
 * triggers a re-check of) sends the person to sign in, and back here afterwards.
 */
export function SignedInLayoutRoute() {
  const me = useMe();
  const location = useLocation();
  const coaches = useCoachesSomeone(me.isSuccess);
  // Only an admin can be asked to set up two-step sign-in first (the workspace's rule).
  const secondFactor = useMySecondFactor(me.isSuccess && me.data.user.isAdmin);

  if (me.isError && isApiError(me.error) && me.error.status === 401) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.isPending) {
    return (
      <Layout>
        <Loading />
      </Layout>
    );
  }
  if (me.isError) {
    return (
      <Layout>
        <div className="page page--narrow">
          <h1>Something went wrong</h1>
          <ErrorMessage>{errorMessage(me.error)}</ErrorMessage>
          <Button onClick={() => void me.refetch()}>Try again</Button>
        </div>
      </Layout>
    );
  }
  if (secondFactor.data?.setupRequired) {
    return (
      <Layout context={me.data.workspace.name}>
        <Suspense fallback={<Loading />}>
          <SecondFactorRequired email={me.data.user.email} />
        </Suspense>
      </Layout>
    );
  }
  const leads = me.data.teams.some((team) => team.role === "leader");
  const isMember = me.data.teams.some((team) => team.role === "member");
  const nav: NavItem[] = [
    { to: "/", label: "Home", end: true },
    { to: "/teams", label: "Teams" },
    { to: "/me/answers", label: "Working with me" },
    ...(isMember ? [{ to: "/me/conversations", label: "Conversations" }] : []),
    ...(leads
      ? [
          { to: "/me/audit", label: "My audit" },
          { to: "/practice", label: "My practice" },
        ]
      : []),
    ...(coaches ? [{ to: "/coaching", label: "Coaching" }] : []),
    { to: "/questions", label: "Questions" },
    { to: "/learn", label: "Learn" },
    ...(me.data.user.isAdmin
      ? [
          { to: "/people", label: "People", end: true },
          { to: "/security-log", label: "Security log" },
          { to: "/workspace-figures", label: "Workspace figures" },
        ]
      : []),
    { to: "/account", label: "Account" },
  ];
  return (
    <Layout nav={nav} context={me.data.workspace.name}>
      <Outlet context={me.data} />
    </Layout>
  );
}

/** The signed-in person, for any screen under the signed-in layout. */
export const useSignedIn = (): Me => useOutletContext<Me>();
