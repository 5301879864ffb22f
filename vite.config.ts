import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompressPlugin } from "./web/build/precompress.js";

const webRoot = fileURLToPath(new URL("./web", import.meta.url));

/**
 * The web app lives in web/ and builds to web/dist, which the server serves. In development,
 * `vite` proxies /api to the server on port 3000 so cookies stay same-origin. The build writes a
 * brotli and a gzip copy beside each asset (web/build/precompress.ts).
 */
export default defineConfig({
  root: webRoot,
  plugins: [react(), precompressPlugin()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
  server: {
    proxy: {
      "/api": { target: "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
});
