import { type Row, signedIn } from "./row";

/** Practice figures: everyone signed in gets their own (zeros for someone who leads nobody), nobody else's. */
export const PRACTICE_ROWS: Row[] = [
  { route: "GET /me/practice", method: "GET", url: () => "/api/v1/me/practice", expect: signedIn(200) },
  {
    route: "GET /me/practice",
    method: "GET",
    url: () => "/api/v1/me/practice?months=12",
    expect: signedIn(200),
  },
];
