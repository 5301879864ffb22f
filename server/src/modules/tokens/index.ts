/** The face of the API tokens module: its routes, and the service app.ts hands the session plugin. */
export { tokenRoutes } from "./token.routes";
export { tokenService } from "./token.service";
