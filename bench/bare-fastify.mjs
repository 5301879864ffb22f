// A bare Fastify 5 "hello", the floor the bench measures Rapport against: it listens on env PORT
// at 127.0.0.1 and answers GET /api/v1/health with {"status":"ok"}, nothing else (no plugins, no
// database, no logging). Run in its own process, like the real server.
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/api/v1/health", async () => ({ status: "ok" }));
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
for (const signal of ["SIGTERM", "SIGINT"])
  process.once(signal, () => app.close().then(() => process.exit(0)));
