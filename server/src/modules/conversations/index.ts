/** The face of the conversations module (a leader's 1:1s with the people they lead): what others may use. */
export { type PlannedConversation, plannedBetween, plannedFor } from "./schedule";
