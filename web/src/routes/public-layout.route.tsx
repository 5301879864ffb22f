import { Outlet } from "react-router";
import { Layout } from "../components/layout";

/** Screens for people who are not signed in: setup, sign in, accepting an invitation. */
export function PublicLayoutRoute() {
  return (
    <Layout>
      <Outlet />
    </Layout>
  );
}
