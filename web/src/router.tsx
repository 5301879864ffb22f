import { createBrowserRouter, Navigate } from "react-router";
import { AcceptInvitationPage } from "./routes/accept-invitation.page";
import { AccountPage } from "./routes/account.page";
import { ErrorPage } from "./routes/error.page";
import { LearnPage } from "./routes/learn.page";
import { LearnExplainerPage } from "./routes/learn-explainer.page";
import { MyAnswersPage } from "./routes/my-answers.page";
import { MyAuditPage } from "./routes/my-audit.page";
import { NotFoundPage } from "./routes/not-found.page";
import { PeoplePage } from "./routes/people.page";
import { PersonPage } from "./routes/person.page";
import { PublicLayoutRoute } from "./routes/public-layout.route";
import { QuestionBankPage } from "./routes/question-bank.page";
import { QuestionListPage } from "./routes/question-list.page";
import { QuestionListsPage } from "./routes/question-lists.page";
import { RootRoute } from "./routes/root.route";
import { SetupPage } from "./routes/setup.page";
import { SignInPage } from "./routes/sign-in.page";
import { SignedInLayoutRoute } from "./routes/signed-in-layout.route";
import { TeamPage } from "./routes/team.page";
import { TeamAuditPage } from "./routes/team-audit.page";
import { TeamsPage } from "./routes/teams.page";

export const router = createBrowserRouter([
  {
    element: <RootRoute />,
    errorElement: <ErrorPage />,
    children: [
      {
        element: <PublicLayoutRoute />,
        children: [
          { path: "/setup", element: <SetupPage /> },
          { path: "/signin", element: <SignInPage /> },
          { path: "/invitations/:token", element: <AcceptInvitationPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
      {
        element: <SignedInLayoutRoute />,
        children: [
          { index: true, element: <Navigate to="/teams" replace /> },
          { path: "/teams", element: <TeamsPage /> },
          { path: "/teams/:teamId", element: <TeamPage /> },
          { path: "/account", element: <AccountPage /> },
          { path: "/people", element: <PeoplePage /> },
          { path: "/questions", element: <QuestionListsPage /> },
          { path: "/questions/bank", element: <QuestionBankPage /> },
          { path: "/questions/:listId", element: <QuestionListPage /> },
          { path: "/learn", element: <LearnPage /> },
          { path: "/learn/:slug", element: <LearnExplainerPage /> },
          { path: "/people/:userId", element: <PersonPage /> },
          { path: "/teams/:teamId/audit", element: <TeamAuditPage /> },
          { path: "/me/answers", element: <MyAnswersPage /> },
          { path: "/me/audit", element: <MyAuditPage /> },
        ],
      },
    ],
  },
]);
