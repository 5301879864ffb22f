import { type Row, signedIn } from "./row";

/**
 * Home: everyone signed in has one, and it holds only their own (the secrets markers check that
 * nothing else reaches it: the leader sees the sealed answer's facet, never its words). Dismissing
 * the checklist is one's own setting; dismissing again changes nothing.
 */
export const HOME_ROWS: Row[] = [
  { route: "GET /me/home", method: "GET", url: () => "/api/v1/me/home", expect: signedIn(200) },
  {
    route: "POST /me/home/checklist/dismiss",
    method: "POST",
    url: () => "/api/v1/me/home/checklist/dismiss",
    expect: signedIn(200),
  },
];
