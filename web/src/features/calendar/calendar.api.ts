import { calendarFeedSchema, madeCalendarFeedSchema } from "#contracts/calendar";
import { okSchema } from "#contracts/common";
import { api } from "../../lib/api";

export const calendarApi = {
  mine: () => api.get("/me/calendar-feed", calendarFeedSchema),
  create: () => api.post("/me/calendar-feed", madeCalendarFeedSchema),
  remove: () => api.delete("/me/calendar-feed", okSchema),
};
