import { EXPORT_DATASETS } from "#contracts/exports";
import { all, type Row, signedIn } from "./row";

/**
 * The export: everyone signed in gets their own, nobody else's (the matrix's markers check that a
 * member's answers and a conversation's private parts reach no one else's export); signed out 401.
 * API tokens are refused (sessionOnly), which the token run of the matrix checks.
 */
export const EXPORT_ROWS: Row[] = [
  { route: "GET /me/export.json", method: "GET", url: () => "/api/v1/me/export.json", expect: signedIn(200) },
  ...EXPORT_DATASETS.map(
    (dataset): Row => ({
      route: "GET /me/export/:dataset.csv",
      method: "GET",
      url: () => `/api/v1/me/export/${dataset}.csv`,
      expect: signedIn(200),
    }),
  ),
  {
    route: "GET /me/export/:dataset.csv",
    method: "GET",
    url: () => "/api/v1/me/export/pulses.csv",
    // The path is checked before the session, as on every route: 400 naming `dataset`, to anyone.
    expect: all(400),
  },
];
