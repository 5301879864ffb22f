/**
 * Where the server's PDF reports are (server/src/modules/reports): plain links the browser
 * downloads, under the same session and the same policies as the JSON they are made from.
 */
export const reportUrls = {
  teamAudit: (teamId: string) => `/api/v1/teams/${encodeURIComponent(teamId)}/audit/report.pdf`,
  practice: (months: "6" | "12" = "6") => `/api/v1/me/practice/report.pdf?months=${months}`,
  manual: "/api/v1/me/manual.pdf",
};
