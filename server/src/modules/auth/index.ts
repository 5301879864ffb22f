/** The face of the auth module (sign-in, the account's own changes): what others may use. */
export { accountExportOf } from "./account.export";
export { authRoutes } from "./auth.routes";
export { checkPassword, refusePassword } from "./credentials";
export { forgetOldFailures } from "./login-throttle";
export { passwordResetRoutes } from "./password-reset.routes";
export { forgetLongExpiredResets } from "./password-reset.service";
export { secondFactorRoutes } from "./second-factor.routes";
