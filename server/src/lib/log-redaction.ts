/**
 * Paths whose next segment is a secret: an invitation's or a coaching invitation's link token (in
 * the API and in the web app's own path), and a calendar feed's secret. A request log line names
 * the path, so that segment is replaced before it is written.
 */
const SECRET_SEGMENT = /^((?:\/api\/v1)?\/(?:invitations|coach-invitations|calendar)\/)[^/?#]+/;
/** Query parameters that could carry a credential, whatever the route. */
const SECRET_PARAM = /^(token|secret|code|password)$/i;

export const REDACTED = "[redacted]";

/** The URL as a log may show it: the secret path segment and credential-like query values replaced. */
export function redactUrl(url: string): string {
  const [path = "", query] = url.split(/\?(.*)/s, 2);
  const shownPath = path.replace(SECRET_SEGMENT, `$1${REDACTED}`);
  if (query === undefined) return shownPath;
  const shownQuery = query
    .split("&")
    .map((pair) => {
      const [key = ""] = pair.split("=", 1);
      return SECRET_PARAM.test(decodeURIComponent(key)) ? `${key}=${REDACTED}` : pair;
    })
    .join("&");
  return `${shownPath}?${shownQuery}`;
}
