import { Navigate, Outlet, useLocation, useNavigation } from "react-router";
import { Button } from "../components/button";
import { Layout, OpeningScreen } from "../components/layout";
import { ErrorMessage, Loading } from "../components/messages";
import { useSetupStatus } from "../features/session/session.queries";
import { errorMessage } from "../lib/api";
import { usePageTitle } from "../lib/use-page-title";

/** Until the first admin exists, every path leads to setup; afterwards setup is closed. */
export function RootRoute() {
  const setup = useSetupStatus();
  const { pathname } = useLocation();
  const navigation = useNavigation();

  if (setup.isPending) return <Waiting />;
  if (setup.isError) {
    return (
      <Layout>
        <StartupError message={errorMessage(setup.error)} retry={() => void setup.refetch()} />
      </Layout>
    );
  }
  const onSetup = pathname === "/setup";
  if (setup.data.needed && !onSetup) return <Navigate to="/setup" replace />;
  if (!setup.data.needed && onSetup) return <Navigate to="/" replace />;
  return (
    <>
      {/* A screen opened for the first time loads its code; say so while the old one stays. */}
      {navigation.state === "loading" ? (
        <div className="route-loading">
          <Loading label="Opening…" />
        </div>
      ) : null}
      <Outlet />
    </>
  );
}

function Waiting() {
  usePageTitle("");
  return <OpeningScreen />;
}

function StartupError({ message, retry }: { message: string; retry: () => void }) {
  usePageTitle("Cannot reach Rapport");
  return (
    <div className="page page--narrow">
      <h1>Rapport cannot start</h1>
      <ErrorMessage>{message}</ErrorMessage>
      <Button onClick={retry}>Try again</Button>
    </div>
  );
}
