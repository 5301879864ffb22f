import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { inlineStylesheetPlugin } from "./web/build/inline-stylesheet.js";
import { precompressPlugin } from "./web/build/precompress.js";

const webRoot = fileURLToPath(new URL("./web", import.meta.url));

/**
 * The libraries every screen needs, each in a chunk of its own, so a release that changes only the
 * app's code leaves them cached. Libraries a few screens use (dnd-kit on a question list) are left to
 * the automatic splitting and load with those screens.
 */
const vendorChunks: Record<string, RegExp> = {
  react: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
  router: /[\\/]node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/,
  query: /[\\/]node_modules[\\/]@tanstack[\\/]/,
  zod: /[\\/]node_modules[\\/]zod[\\/]/,
  forms: /[\\/]node_modules[\\/](react-hook-form|@hookform[\\/]resolvers)[\\/]/,
};

/**
 * The web app lives in web/ and builds to web/dist, which the server serves. In development,
 * `vite` proxies /api to the server on port 3000 so cookies stay same-origin. The build puts the
 * stylesheet inside index.html (web/build/inline-stylesheet.ts) and writes a brotli and a gzip copy
 * beside each asset (web/build/precompress.ts).
 */
export default defineConfig({
  root: webRoot,
  plugins: [react(), inlineStylesheetPlugin(), precompressPlugin()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      // contracts/ and core/ only declare (schemas, rules, tables): a module none of whose exports
      // a chunk uses can be left out of it. The entry's two calls rely on it (api.getFromEntry).
      treeshake: {
        moduleSideEffects: [{ test: /[\\/](contracts|core)[\\/]/, sideEffects: false, external: false }],
      },
      output: {
        codeSplitting: {
          groups: Object.entries(vendorChunks).map(([name, test]) => ({ name, test })),
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": { target: "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
});
