import { type APIRequestContext, request } from "playwright-core";
import type { BrowserSession } from "./browser";

export type Json = Record<string, unknown>;
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One answer of the API: its status and its body (null when it had none). */
export interface ApiAnswer {
  status: number;
  body: Json | null;
}

async function bodyOf(response: { text: () => Promise<string> }): Promise<Json | null> {
  const text = await response.text();
  return text === "" ? null : (JSON.parse(text) as Json);
}

/**
 * A call to the API as a signed-in browser (its cookies), from the app's own origin; anything but
 * a 2xx throws with the status and body, for the calls a spec only makes to set things up.
 */
export async function callAs(
  session: BrowserSession,
  method: Method,
  path: string,
  body?: unknown,
): Promise<Json> {
  const answer = await tryAs(session, method, path, body);
  if (answer.status >= 300)
    throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body ?? {};
}

/** The same call as `callAs`, answering whatever status it gets (to check what is refused). */
export async function tryAs(
  session: BrowserSession,
  method: Method,
  path: string,
  body?: unknown,
): Promise<ApiAnswer> {
  const origin = new URL(session.page.url()).origin;
  const response = await session.context.request.fetch(`/api/v1${path}`, {
    method,
    ...(body === undefined
      ? { headers: { origin } }
      : { headers: { origin, "content-type": "application/json" }, data: JSON.stringify(body) }),
  });
  return { status: response.status(), body: await bodyOf(response) };
}

/** Someone who joined by an invitation through the API alone, with a request context of their own. */
export interface JoinedByApi {
  name: string;
  call: (method: Method, path: string, body?: unknown) => Promise<ApiAnswer>;
  dispose: () => Promise<void>;
}

/**
 * Invites `email` to the team as a member (the leader's browser makes the invitation) and accepts
 * it through the API as `name`, signing them in with a request context of their own.
 */
export async function joinByApi(
  leader: BrowserSession,
  baseUrl: string,
  teamId: string,
  person: { email: string; name: string; password: string },
): Promise<JoinedByApi> {
  const invitation = await callAs(leader, "POST", `/teams/${teamId}/invitations`, {
    email: person.email,
    role: "member",
  });
  const token = String(invitation.url).split("/").at(-1) ?? "";
  const api: APIRequestContext = await request.newContext({
    baseURL: baseUrl,
    extraHTTPHeaders: { origin: baseUrl },
  });
  const call = async (method: Method, path: string, body?: unknown): Promise<ApiAnswer> => {
    const response = await api.fetch(`/api/v1${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { "content-type": "application/json" }, data: JSON.stringify(body) }),
    });
    return { status: response.status(), body: await bodyOf(response) };
  };
  const accepted = await call("POST", `/invitations/${token}/accept`, {
    name: person.name,
    password: person.password,
  });
  if (accepted.status !== 200) {
    await api.dispose();
    throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  }
  return { name: person.name, call, dispose: () => api.dispose() };
}
