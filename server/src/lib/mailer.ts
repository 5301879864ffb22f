import type { Transporter } from "nodemailer";
import type { SmtpConfig } from "../config";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** True when mail really leaves the machine; otherwise people copy links by hand. */
  readonly enabled: boolean;
  send(mail: Mail): Promise<void>;
}

export const disabledMailer: Mailer = { enabled: false, send: async () => {} };

export function smtpMailer(smtp: SmtpConfig): Mailer {
  // Nodemailer is loaded with the first mail, not at boot.
  let transport: Promise<Transporter> | null = null;
  return {
    enabled: true,
    async send(mail) {
      transport ??= import("nodemailer").then(({ default: nodemailer }) =>
        nodemailer.createTransport(smtp.url),
      );
      await (await transport).sendMail({ from: smtp.from, ...mail });
    },
  };
}
