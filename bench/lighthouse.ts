import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { build } from "vite";
import { DEMO_LEADER, DEMO_PASSWORD, loadDemo } from "../server/src/cli/demo";
import { loadConfig } from "../server/src/config";
import { firstLoad } from "./first-load";
import { startServer } from "./http";
import { printRows } from "./print";

/**
 * `npm run bench -- --web`: Lighthouse 12 (mobile, its default: a mid-range phone on a slow 4G
 * link, simulated) in Debian's Chromium, against the real server on the demo workspace, on the
 * sign-in page, the home page and a team audit (both signed in as the demo leader, the session
 * cookie sent with every request), and on a plain HTML page served by a tiny server in the same
 * run as the baseline. BENCH_WEB_RUNS sets the runs per page (default 3); the row is the run with
 * the median performance score. The first-load JavaScript of each screen is read from the build.
 * BENCH_WEB_REPORTS=<folder> keeps each run's full report there as JSON (open it in the Lighthouse viewer).
 */
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
const REPORTS = process.env.BENCH_WEB_REPORTS;
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";

interface PageToAudit {
  name: string;
  url: string;
  cookie?: string;
  /** The route's chunk (web/dist/assets/<screen>-<hash>.js), for the first-load figure. */
  screen?: string;
}

const STATIC_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A plain page, the baseline."><title>Baseline</title></head>
<body><main><h1>A plain page</h1><p>No script, no stylesheet: what Lighthouse gives the least a server can send.</p></main></body></html>`;

async function startStaticServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" });
    response.end(STATIC_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, server };
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_LEADER, password: DEMO_PASSWORD }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!response.ok || !cookie) throw new Error(`Signing in as ${DEMO_LEADER} → ${response.status}`);
  return cookie;
}

async function firstTeamId(baseUrl: string, cookie: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/me`, { headers: { cookie } });
  const me = (await response.json()) as { teams: { id: string; role: string }[] };
  const led = me.teams.find((team) => team.role === "leader");
  if (!led) throw new Error(`${DEMO_LEADER} leads no team in the demo.`);
  return led.id;
}

interface Row {
  page: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  totalBytes: number;
  failing: string[];
}

const score = (value: number | null | undefined): number => Math.round((value ?? 0) * 100);

function rowOf(page: string, lhr: Result): Row {
  const numeric = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing = Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
    .filter((audit) => audit.scoreDisplayMode !== "notApplicable" && audit.scoreDisplayMode !== "manual")
    .map((audit) => `${audit.id} (${audit.displayValue ?? score(audit.score)})`);
  return {
    page,
    performance: score(lhr.categories.performance?.score),
    accessibility: score(lhr.categories.accessibility?.score),
    lcpMs: numeric("largest-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    totalBytes: numeric("total-byte-weight"),
    failing,
  };
}

async function audit(port: number, page: PageToAudit): Promise<Row> {
  const rows: Row[] = [];
  let failures = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = await lighthouse(page.url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      ...(page.cookie ? { extraHeaders: { Cookie: page.cookie } } : {}),
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${page.url}`);
    const row = rowOf(page.name, result.lhr);
    if (REPORTS) {
      mkdirSync(REPORTS, { recursive: true });
      const file = `${page.name.replace(/\W+/g, "-")}-${run + 1}.json`;
      writeFileSync(join(REPORTS, file), JSON.stringify(result.lhr));
    }
    if (result.lhr.runtimeError) {
      // On a loaded machine Chromium now and then loses the trace (NO_NAVSTART): run that one again.
      failures += 1;
      if (failures > 3) throw new Error(`${page.url}: ${result.lhr.runtimeError.message}`);
      console.log(`${page.name}: ${result.lhr.runtimeError.code}, running it again.`);
      run -= 1;
      continue;
    }
    if (result.lhr.finalDisplayedUrl !== page.url) {
      throw new Error(`${page.url} ended on ${result.lhr.finalDisplayedUrl}; was the session refused?`);
    }
    rows.push(row);
  }
  rows.sort((a, b) => a.performance - b.performance);
  const median = rows[Math.floor(rows.length / 2)];
  if (!median) throw new Error("No Lighthouse run.");
  return {
    ...median,
    page: `${page.name}${RUNS > 1 ? ` (perf ${rows.map((r) => r.performance).join("/")})` : ""}`,
  };
}

export async function benchWeb(): Promise<void> {
  await build({ logLevel: "warn" });
  const loads = new Map(
    firstLoad("web/dist", ["sign-in.page", "home.page", "team-audit.page"]).map((row) => [row.screen, row]),
  );

  const folder = mkdtempSync(join(tmpdir(), "rapport-lighthouse-"));
  const databaseUrl = `sqlite:${join(folder, "demo.db")}`;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    BASE_URL: "http://127.0.0.1",
    SESSION_SECRET: "bench-secret-bench-secret-bench-secret-42",
    LOG_LEVEL: "warn",
  });
  process.stdout.write("Loading the demo workspace… ");
  await loadDemo(config, () => undefined);
  console.log("done.");

  const server = await startServer(databaseUrl);
  const baseline = await startStaticServer();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const cookie = await signIn(server.baseUrl);
    const teamId = await firstTeamId(server.baseUrl, cookie);
    const pages: PageToAudit[] = [
      { name: "static HTML (baseline)", url: baseline.url },
      { name: "sign-in", url: `${server.baseUrl}/signin`, screen: "sign-in.page" },
      { name: "home", url: `${server.baseUrl}/`, cookie, screen: "home.page" },
      {
        name: "team audit",
        url: `${server.baseUrl}/teams/${teamId}/audit`,
        cookie,
        screen: "team-audit.page",
      },
    ];
    const rows: { row: Row; js: string }[] = [];
    for (const page of pages) {
      const load = page.screen ? loads.get(page.screen) : undefined;
      rows.push({
        row: await audit(chrome.port, page),
        js: load ? `${(load.gzipBytes / 1024).toFixed(1)} KB` : "0",
      });
    }
    console.log(
      `\nLighthouse 12, mobile (simulated throttling), Chromium headless, median of ${RUNS} run(s) by performance; Node ${process.version}`,
    );
    console.log(
      "A shared machine: scores move between runs; compare with the baseline row of the same run.\n",
    );
    const header = [
      "page",
      "performance",
      "accessibility",
      "LCP",
      "CLS",
      "total bytes",
      "first-load JS (gzip)",
    ];
    const table = rows.map(({ row, js }) => [
      row.page,
      String(row.performance),
      String(row.accessibility),
      `${(row.lcpMs / 1000).toFixed(2)} s`,
      row.cls.toFixed(3),
      `${(row.totalBytes / 1024).toFixed(0)} KB`,
      js,
    ]);
    printRows(header, table);
    for (const { row } of rows) {
      if (row.failing.length > 0) console.log(`\n${row.page}, audits below 0.9: ${row.failing.join(", ")}`);
    }
    const entry = loads.get("entry (index.html)");
    if (entry)
      console.log(`\nEntry script and its modulepreloads: ${(entry.gzipBytes / 1024).toFixed(1)} KB gzip.`);
  } finally {
    chrome.kill();
    baseline.server.close();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}
