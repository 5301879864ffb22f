import { buildApp } from "./app";
import { ConfigError, loadConfig } from "./config";

/** Boots the app, listens and starts the scheduled jobs; shuts down cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Rapport cannot start. ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const { app, scheduler } = await buildApp({ config });
  const close = async (signal: string) => {
    app.log.info(`${signal} received, shutting down`);
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void close("SIGINT"));
  process.once("SIGTERM", () => void close("SIGTERM"));
  await app.listen({ port: config.port, host: config.host });
  scheduler.start();
  app.log.info(`Rapport is ready on ${config.baseUrl}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
