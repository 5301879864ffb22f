#!/usr/bin/env node
// `npm start`: builds the web app and the server when missing or older than their sources
// (server/build/ensure-built.js), then runs the built server, dist/server/server.js, on plain Node.
import { ensureBuilt } from "../server/build/ensure-built.js";

ensureBuilt(["web", "server"], console.log);
// Source maps stay off (about 80 MiB more resident, nearly all the bundled packages' map):
// NODE_OPTIONS=--enable-source-maps makes stack traces name the TypeScript sources and the packages'
// files (dist/server/*.js.map). Unminified, the bundle reads as it is.
await import("../dist/server/server.js");
