/** The face of the calendar module (a person's calendar feed of their conversations): its routes. */
export { calendarRoutes } from "./calendar.routes";
