/** The face of the home module: its routes. It reads other modules only through their faces. */
export { homeRoutes } from "./home.routes";
