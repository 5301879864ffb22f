import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { sessionResolver } from "./access/sessions";
import type { Config } from "./config";
import type { AppContext } from "./context";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "./db/database";
import { createScheduler, JOBS, type Job, type Scheduler } from "./jobs";
import { type Clock, systemClock } from "./lib/clock";
import { disabledMailer, type Mailer, smtpMailer } from "./lib/mailer";
import { answerRoutes, leaderManualRoutes } from "./modules/answers";
import { auditRoutes } from "./modules/audit";
import { authRoutes, passwordResetRoutes, secondFactorRoutes } from "./modules/auth";
import { calendarRoutes } from "./modules/calendar";
import { coachingRoutes } from "./modules/coaching";
import { commitmentRoutes } from "./modules/commitments";
import { conversationRoutes } from "./modules/conversations";
import { erasureRoutes } from "./modules/erasure";
import { exportRoutes } from "./modules/exports";
import { facetRoutes, seedMissingFacets } from "./modules/facets";
import { followershipRoutes } from "./modules/followership";
import { goalRoutes } from "./modules/goals";
import { healthRoutes } from "./modules/health";
import { homeRoutes } from "./modules/home";
import { invitationRoutes } from "./modules/invitations";
import { knowledgeRoutes } from "./modules/knowledge";
import { practiceRoutes } from "./modules/practice";
import { prioritiesRoutes } from "./modules/priorities";
import { pulseRoutes } from "./modules/pulses";
import { bankRoutes, lintRoutes, questionListItemRoutes, questionListRoutes } from "./modules/questions";
import { reportRoutes } from "./modules/reports";
import { securityLogRoutes } from "./modules/security-log";
import { setupRoutes } from "./modules/setup";
import { teamDeletionRoutes } from "./modules/team-deletion";
import { teamRoutes } from "./modules/teams";
import { tokenRoutes, tokenService } from "./modules/tokens";
import { userRoutes } from "./modules/users";
import { workspaceFiguresRoutes } from "./modules/workspace-figures";
import { compressionPlugin } from "./plugins/compression";
import { frameworkErrors, registerErrorHandling } from "./plugins/errors";
import { inputGuardPlugin } from "./plugins/input-guard";
import { openApiPlugin } from "./plugins/openapi";
import { OneLinePerRequest, requestLogSerializers } from "./plugins/request-log";
import { securityPlugin } from "./plugins/security";
import { sessionPlugin } from "./plugins/session";
import { standardErrorsPlugin } from "./plugins/standard-errors";
import { webPlugin } from "./plugins/web";
import { writeLimitPlugin } from "./plugins/write-limit";

export interface BuildOptions {
  config: Config;
  /** An open database; by default one is opened from config and closed with the app. */
  database?: DatabaseHandle;
  clock?: Clock;
  mailer?: Mailer;
  /** Folder of the built web app; tests pass a missing one. */
  webDistDir?: string;
  /** false for none; a stream to read the JSON log lines (tests); by default the console. */
  logger?: false | { stream: NodeJS.WritableStream };
  /** The scheduled jobs; by default every shipped one (jobs/index.ts). */
  jobs?: readonly Job[];
}

/**
 * The folder holding package.json: this file runs as server/src/app.ts under tsx and vitest, and
 * bundled into dist/server/server.js and dist/server/cli/rapport.js, at different depths.
 */
function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "package.json")) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

export const DEFAULT_WEB_DIST = join(packageRoot(), "web", "dist");

/**
 * The whole app. server.ts listens on it and starts the scheduler; tests call inject() and tick
 * the scheduler by hand. Migrations run before it answers.
 */
export async function buildApp(
  options: BuildOptions,
): Promise<{ app: FastifyInstance; ctx: AppContext; routes: string[]; scheduler: Scheduler }> {
  const { config } = options;
  const database = options.database ?? openDatabase(config.database, { poolMax: config.databasePoolMax });
  await migrateToLatest(database.db);
  await seedMissingFacets(database.db, new Date().toISOString());
  const ctx: AppContext = {
    config,
    db: database.db,
    dialect: database.dialect,
    clock: options.clock ?? systemClock,
    mailer: options.mailer ?? (config.smtp ? smtpMailer(config.smtp) : disabledMailer),
  };

  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // Each request's line names its path: link tokens and feed secrets in it are hidden.
            serializers: requestLogSerializers,
            ...(options.logger ? { stream: options.logger.stream } : {}),
          },
    logController: new OneLinePerRequest(),
    trustProxy: config.trustProxy,
    frameworkErrors,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  // Shutting down (server.ts on SIGTERM): a request in flight is still answered, and then its
  // connection is closed rather than kept alive, since an idle kept-alive connection would hold the
  // close (and the database) open until the client lets go or keepAliveTimeout passes.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  // Both hooks run on every request: synchronous, so they cost no promise each.
  app.addHook("onSend", (_request, reply, payload, done) => {
    if (closing) reply.header("connection", "close");
    done(null, payload);
  });
  // A response whose headers went out before the close began leaves its connection idle after it.
  app.addHook("onResponse", (_request, _reply, done) => {
    if (closing) app.server.closeIdleConnections();
    done();
  });
  const routes: string[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) if (method !== "HEAD") routes.push(`${method} ${route.url}`);
  });
  const scheduler = createScheduler(ctx, options.jobs ?? JOBS, app.log);
  // A run in progress finishes before the database it writes to closes.
  app.addHook("onClose", async () => {
    await scheduler.stop();
    if (!options.database) await database.destroy();
  });

  await app.register(securityPlugin, { baseUrl: config.baseUrl, trustProxy: config.trustProxy });
  // Answers of 1 KB and more go out brotli- or gzip-compressed as the client accepts (a quick
  // brotli level, made per request); built assets are compressed once at build and sent as they
  // are. Request bodies are never unpacked: a compressed one is refused as unreadable JSON (400).
  await app.register(compressionPlugin);
  // The app hands the plugin its resolvers, so no plugin reaches into a module.
  await app.register(sessionPlugin, {
    resolveSession: sessionResolver(ctx),
    resolveToken: tokenService(ctx).resolve,
  });
  await app.register(writeLimitPlugin, { ctx });
  await app.register(inputGuardPlugin);
  await app.register(standardErrorsPlugin);
  await app.register(openApiPlugin, { docs: config.apiDocs, baseUrl: config.baseUrl });
  await app.register(
    async (api) => {
      for (const routes of [
        healthRoutes,
        setupRoutes,
        authRoutes,
        passwordResetRoutes,
        secondFactorRoutes,
        teamRoutes,
        teamDeletionRoutes,
        erasureRoutes,
        invitationRoutes,
        userRoutes,
        facetRoutes,
        answerRoutes,
        leaderManualRoutes,
        knowledgeRoutes,
        auditRoutes,
        conversationRoutes,
        homeRoutes,
        lintRoutes,
        bankRoutes,
        questionListRoutes,
        questionListItemRoutes,
        tokenRoutes,
        commitmentRoutes,
        calendarRoutes,
        practiceRoutes,
        pulseRoutes,
        followershipRoutes,
        prioritiesRoutes,
        goalRoutes,
        reportRoutes,
        exportRoutes,
        coachingRoutes,
        securityLogRoutes,
        workspaceFiguresRoutes,
      ]) {
        await api.register(routes, { ctx });
      }
    },
    { prefix: "/api/v1" },
  );
  await app.register(webPlugin, { distDir: options.webDistDir ?? DEFAULT_WEB_DIST });
  return { app, ctx, routes, scheduler };
}
