import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

/** Files worth compressing: text, and at least this many bytes (smaller ones gain nothing). */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|webmanifest)$/;
const MIN_BYTES = 1024;

/** Writes `name.br` and `name.gz` beside each compressible file under `dir`; returns how many files. */
export function precompress(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      count += precompress(path);
      continue;
    }
    if (!COMPRESSIBLE.test(entry)) continue;
    const content = readFileSync(path);
    if (content.length < MIN_BYTES) continue;
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    count += 1;
  }
  return count;
}

/**
 * After the build, each asset gets its brotli and gzip copies, so the server sends them as they are
 * (@fastify/static's `preCompressed`) instead of compressing on every request.
 */
export function precompressPlugin(): Plugin {
  let outDir = "";
  return {
    name: "rapport:precompress",
    apply: "build",
    configResolved(config) {
      // resolve, not join: an absolute --outDir stands as it is, a relative one is under web/.
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompress(outDir);
    },
  };
}
