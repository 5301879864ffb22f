import { describe, expect, it } from "vitest";
import { REDACTED, redactUrl } from "./log-redaction";

describe("a URL as the request log shows it", () => {
  it("hides an invitation's, a coaching invitation's and a calendar feed's secret, in the API and the web app", () => {
    expect(redactUrl("/api/v1/invitations/abc123/accept")).toBe(`/api/v1/invitations/${REDACTED}/accept`);
    expect(redactUrl("/api/v1/invitations/abc123")).toBe(`/api/v1/invitations/${REDACTED}`);
    expect(redactUrl("/invitations/abc123")).toBe(`/invitations/${REDACTED}`);
    expect(redactUrl("/api/v1/coach-invitations/xyz/accept")).toBe(
      `/api/v1/coach-invitations/${REDACTED}/accept`,
    );
    expect(redactUrl("/coach-invitations/xyz")).toBe(`/coach-invitations/${REDACTED}`);
    expect(redactUrl("/api/v1/calendar/s3cr3t.ics")).toBe(`/api/v1/calendar/${REDACTED}`);
  });

  it("hides credential-like query values and keeps the rest of the URL as it was", () => {
    expect(redactUrl("/api/v1/teams?token=t0k&page=2")).toBe(`/api/v1/teams?token=${REDACTED}&page=2`);
    expect(redactUrl("/x?Secret=1&code=2&password=3")).toBe(
      `/x?Secret=${REDACTED}&code=${REDACTED}&password=${REDACTED}`,
    );
    expect(redactUrl("/api/v1/security-log?kind=sign_in&page=2")).toBe(
      "/api/v1/security-log?kind=sign_in&page=2",
    );
    expect(redactUrl("/api/v1/teams/abc/audit")).toBe("/api/v1/teams/abc/audit");
    expect(redactUrl("/api/v1/me/invitations")).toBe("/api/v1/me/invitations");
  });
});
