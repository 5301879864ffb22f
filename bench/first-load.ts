import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The JavaScript a screen needs before it is interactive, read from a build (web/dist): the entry
 * script and the chunks index.html modulepreloads, then the screen's own chunk (its file name
 * starts with the route file's, `sign-in.page-`) with every chunk those import statically, each
 * counted once, gzip level 9 as the build's precompressed copies are.
 */
export interface FirstLoad {
  screen: string;
  files: string[];
  gzipBytes: number;
}

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?"\.\/([^"]+\.js)"/g;

function staticImports(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)].map((match) => match[1] ?? "");
}

export function firstLoad(dist: string, screens: readonly string[]): FirstLoad[] {
  const assets = join(dist, "assets");
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const linked = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1] ?? "");
  const names = readdirSync(assets).filter((name) => name.endsWith(".js"));
  const sizes = new Map<string, number>();
  const gzipOf = (name: string): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    const size = gzipSync(readFileSync(join(assets, name)), { level: 9 }).length;
    sizes.set(name, size);
    return size;
  };
  const closure = (start: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    const stack = [...start];
    while (stack.length > 0) {
      const name = stack.pop();
      if (name === undefined || seen.has(name)) continue;
      seen.add(name);
      stack.push(...staticImports(readFileSync(join(assets, name), "utf8")));
    }
    return seen;
  };
  const measure = (screen: string, start: readonly string[]): FirstLoad => {
    const files = [...closure(start)].sort();
    return { screen, files, gzipBytes: files.reduce((sum, name) => sum + gzipOf(name), 0) };
  };
  return [
    measure("entry (index.html)", linked),
    ...screens.map((screen) => {
      const chunk = names.find((name) => name.startsWith(`${screen}-`));
      if (!chunk) throw new Error(`No chunk for ${screen} in ${assets}.`);
      return measure(screen, [...linked, chunk]);
    }),
  ];
}

/** `npx tsx bench/first-load.ts`: the figures for the current build. */
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of firstLoad("web/dist", ["sign-in.page", "home.page", "team-audit.page"])) {
    console.log(
      `${(row.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzip  ${row.files.length} files  ${row.screen}`,
    );
    if (process.argv.includes("--files")) {
      for (const file of row.files) console.log(`          ${file}`);
    }
  }
}
