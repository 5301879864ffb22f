import { afterEach, beforeEach } from "vitest";
import { createTestDatabaseUrl, startTestApp, type TestApp } from "../../test/harness";
import { type ReceivedMail, startSmtpServer, type TestSmtpServer } from "../../test/smtp-server";
import type { Job } from "./job";

/**
 * For the tests of a job that mails: a real SMTP server per test, apps that send through it and
 * schedule `job` alone, all closed after each test. Call inside a `describe`.
 */
export function mailJobSuite(job: Job) {
  let smtp: TestSmtpServer;
  const open: TestApp[] = [];
  let drop: () => Promise<void> = async () => {};
  beforeEach(async () => {
    smtp = await startSmtpServer();
  });
  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
    await drop();
    drop = async () => {};
    await smtp.close();
  });

  return {
    /** The apps started in this test, first first. */
    apps: open,
    /** How many mails arrived that no test has taken yet. */
    waiting: () => smtp.waiting(),
    /** Every mail that has arrived, taken from the server's inbox. */
    async arrived(): Promise<ReceivedMail[]> {
      const mails: ReceivedMail[] = [];
      while (smtp.waiting() > 0) mails.push(await smtp.nextMail());
      return mails;
    },
    /** The app mailing through the test server, on `databaseUrl` when given (a second instance). */
    async start(databaseUrl?: string): Promise<TestApp> {
      const t = await startTestApp({
        ...(databaseUrl ? { databaseUrl } : {}),
        mail: "smtp",
        env: { SMTP_URL: smtp.url, SMTP_FROM: "Rapport <rapport@example.test>" },
        jobs: [job],
      });
      open.push(t);
      return t;
    },
    /** The app with no mail set up. */
    async startWithoutMail(): Promise<TestApp> {
      const t = await startTestApp({ mail: "smtp", jobs: [job] });
      open.push(t);
      return t;
    },
    /** A database for two instances, dropped after the test. */
    async sharedDatabase(): Promise<string> {
      const database = await createTestDatabaseUrl();
      drop = database.drop;
      return database.url;
    },
  };
}

/** Who each mail went to and its subject, by recipient: what most mail job tests compare. */
export const mailSummary = (mails: ReceivedMail[]) =>
  mails
    .map(({ to, mail }) => ({ to: to.join(","), subject: mail.subject }))
    .sort((a, b) => a.to.localeCompare(b.to));
