import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A message as the mail server received it: who the envelope was for, and the parsed mail. */
export interface ReceivedMail {
  to: string[];
  mail: ParsedMail;
}

export interface TestSmtpServer {
  /** For SMTP_URL: plain SMTP on loopback. */
  url: string;
  /** The next message received (one already waiting, or the next to arrive). */
  nextMail(timeoutMs?: number): Promise<ReceivedMail>;
  /** How many messages arrived that nobody has taken yet. */
  waiting(): number;
  close(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) on 127.0.0.1 and a free port, for tests that
 * send mail through the app's own transport and read what arrived. STARTTLS is off: nodemailer
 * would upgrade to it and refuse the package's self-signed certificate, and loopback needs none.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const inbox: ReceivedMail[] = [];
  const waiters: ((mail: ReceivedMail) => void)[] = [];
  const deliver = (received: ReceivedMail) => {
    const waiter = waiters.shift();
    if (waiter) waiter(received);
    else inbox.push(received);
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((address) => address.address);
      simpleParser(stream).then(
        (mail) => {
          deliver({ to, mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    nextMail(timeoutMs = 10_000) {
      const ready = inbox.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`No mail arrived within ${timeoutMs} ms.`));
        }, timeoutMs);
        const waiter = (mail: ReceivedMail) => {
          clearTimeout(timer);
          resolve(mail);
        };
        waiters.push(waiter);
      });
    },
    waiting: () => inbox.length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
