/**
 * The face of the security log (issue 14): an append-only record of sign-ins, password changes,
 * role and account changes, invitations, coach grants, exports and tokens. Other modules record
 * events with `recordSecurityEvent(trx, event)` in the transaction of their action, and take the
 * request's origin with `originOf(request)`. Bookkeeping: recording never moves the data version.
 */
export {
  originOf,
  type RequestOrigin,
  recordSecurityEvent,
  type SecurityEventInput,
  shortUserAgent,
} from "./security-log.record";
export { securityLogRoutes } from "./security-log.routes";
export { forgetOldSecurityEvents } from "./security-log.service";
