import { type FastifyReply, type FastifyRequest, LogController } from "fastify";
import { redactUrl } from "../lib/log-redaction";

/** How a request shows in its log line: its path with link tokens and feed secrets hidden. */
export const requestLogSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  }),
};

/**
 * One line per request, written once it is answered: the request (as the serializer shows it),
 * the status and the time taken. Fastify's own controller writes two, one on arrival and one on
 * the answer, which doubled the logging of every request; a request whose client went away
 * before the answer was sent has no line.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, "request errored");
    else reply.log.info(line, "request completed");
  }
}
