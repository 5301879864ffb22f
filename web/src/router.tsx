import type { QueryClient } from "@tanstack/react-query";
import { createBrowserRouter, type RouteObject } from "react-router";
import { OpeningScreen } from "./components/layout";
import { prefetchCoachedLeaders, prefetchMyCoaching } from "./features/coaching/coaching.queries";
import { prefetchHome } from "./features/home/home.queries";
import { prefetchMe, prefetchSetupStatus, whenSignedIn } from "./features/session/session.queries";
import { ErrorPage } from "./routes/error.page";
import { PublicLayoutRoute } from "./routes/public-layout.route";
import { RootRoute } from "./routes/root.route";

/**
 * Each screen is its own chunk, loaded when it is first opened; so is the signed-in layout (the
 * public one, small, loads with the app). While a chunk loads, the screen in view stays and the layout says so.
 */
const screen = (load: () => Promise<Record<string, unknown>>, name: string) => ({
  lazy: async () => ({ Component: (await load())[name] as React.ComponentType }),
});

/** The screens of the public layout: signing in, setting up, joining by a link. */
const publicScreens: RouteObject[] = [
  { path: "/setup", ...screen(() => import("./routes/setup.page"), "SetupPage") },
  { path: "/signin", ...screen(() => import("./routes/sign-in.page"), "SignInPage") },
  {
    path: "/forgot-password",
    ...screen(() => import("./routes/forgot-password.page"), "ForgotPasswordPage"),
  },
  {
    path: "/reset-password",
    ...screen(() => import("./routes/reset-password.page"), "ResetPasswordPage"),
  },
  {
    path: "/invitations/:token",
    ...screen(() => import("./routes/accept-invitation.page"), "AcceptInvitationPage"),
  },
  {
    path: "/coach-invitations/:token",
    ...screen(() => import("./routes/accept-coach-invitation.page"), "AcceptCoachInvitationPage"),
  },
  { path: "*", ...screen(() => import("./routes/not-found.page"), "NotFoundPage") },
];

/** The screens behind sign-in but the home, whose loader is in `createRouter`. */
const signedInScreens: RouteObject[] = [
  { path: "/teams", ...screen(() => import("./routes/teams.page"), "TeamsPage") },
  { path: "/teams/:teamId", ...screen(() => import("./routes/team.page"), "TeamPage") },
  { path: "/account", ...screen(() => import("./routes/account.page"), "AccountPage") },
  { path: "/people", ...screen(() => import("./routes/people.page"), "PeoplePage") },
  {
    path: "/security-log",
    ...screen(() => import("./routes/security-log.page"), "SecurityLogPage"),
  },
  {
    path: "/workspace-figures",
    ...screen(() => import("./routes/workspace-figures.page"), "WorkspaceFiguresPage"),
  },
  {
    path: "/questions",
    ...screen(() => import("./routes/question-lists.page"), "QuestionListsPage"),
  },
  {
    path: "/questions/bank",
    ...screen(() => import("./routes/question-bank.page"), "QuestionBankPage"),
  },
  {
    path: "/questions/:listId",
    ...screen(() => import("./routes/question-list.page"), "QuestionListPage"),
  },
  { path: "/learn", ...screen(() => import("./routes/learn.page"), "LearnPage") },
  {
    path: "/learn/:slug",
    ...screen(() => import("./routes/learn-explainer.page"), "LearnExplainerPage"),
  },
  { path: "/people/:userId", ...screen(() => import("./routes/person.page"), "PersonPage") },
  {
    path: "/teams/:teamId/audit",
    ...screen(() => import("./routes/team-audit.page"), "TeamAuditPage"),
  },
  { path: "/me/answers", ...screen(() => import("./routes/my-answers.page"), "MyAnswersPage") },
  { path: "/me/audit", ...screen(() => import("./routes/my-audit.page"), "MyAuditPage") },
  {
    path: "/me/conversations",
    ...screen(() => import("./routes/my-conversations.page"), "MyConversationsPage"),
  },
  {
    path: "/people/:userId/conversations/new",
    ...screen(() => import("./routes/plan-conversation.page"), "PlanConversationPage"),
  },
  {
    path: "/conversations/:conversationId",
    ...screen(() => import("./routes/conversation.page"), "ConversationPage"),
  },
  { path: "/practice", ...screen(() => import("./routes/practice.page"), "PracticePage") },
  { path: "/coaching", ...screen(() => import("./routes/coaching.page"), "CoachingPage") },
  {
    path: "/coaching/leaders/:leaderId",
    ...screen(() => import("./routes/coached-leader.page"), "CoachedLeaderPage"),
  },
  {
    path: "/teams/:teamId/pulses",
    ...screen(() => import("./routes/team-pulses.page"), "TeamPulsesPage"),
  },
  { path: "/pulses/:pulseId", ...screen(() => import("./routes/pulse.page"), "PulsePage") },
  {
    path: "/pulses/:pulseId/results",
    ...screen(() => import("./routes/pulse-results.page"), "PulseResultsPage"),
  },
  {
    path: "/me/followership",
    ...screen(() => import("./routes/my-followership.page"), "MyFollowershipPage"),
  },
  { path: "/teams/:teamId/goals", ...screen(() => import("./routes/goals.page"), "GoalsPage") },
  { path: "/goals/:goalId", ...screen(() => import("./routes/goal.page"), "GoalPage") },
  {
    path: "/teams/:teamId/priorities",
    ...screen(() => import("./routes/priorities.page"), "PrioritiesPage"),
  },
  {
    path: "/teams/:teamId/followership-map",
    ...screen(() => import("./routes/followership-map.page"), "FollowershipMapPage"),
  },
];

/** A loader that only starts requests (`start`) and returns at once. */
const starting = (start: () => void) => () => {
  start();
  return null;
};

/**
 * The loaders only start the requests the layouts and the home wait for (setup status, who is
 * signed in, whom I coach; the home's own) at the start of a navigation, beside the screen's chunk,
 * and return at once: the screens read them through their hooks.
 */
export const createRouter = (queryClient: QueryClient) =>
  createBrowserRouter([
    {
      element: <RootRoute />,
      loader: starting(() => prefetchSetupStatus(queryClient)),
      errorElement: <ErrorPage />,
      hydrateFallbackElement: <OpeningScreen />,
      children: [
        {
          element: <PublicLayoutRoute />,
          children: publicScreens,
        },
        {
          // Loaded with the first screen behind sign-in, never by the sign-in page.
          loader: starting(() => {
            prefetchMe(queryClient);
            // Whom I coach: the navigation shows "Coaching" when I coach someone.
            whenSignedIn(queryClient, () => prefetchCoachedLeaders(queryClient));
          }),
          lazy: async () => ({
            Component: (await import("./routes/signed-in-layout.route")).SignedInLayoutRoute,
          }),
          children: [
            {
              index: true,
              // Each visit to the home asks afresh for what it shows (the home reads these answers).
              loader: starting(() =>
                whenSignedIn(queryClient, () => {
                  prefetchHome(queryClient);
                  prefetchMyCoaching(queryClient);
                }),
              ),
              ...screen(() => import("./routes/home.page"), "HomePage"),
            },
            ...signedInScreens,
          ],
        },
      ],
    },
  ]);
