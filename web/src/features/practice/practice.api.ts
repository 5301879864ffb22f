import { practiceSchema } from "#contracts/practice";
import { api } from "../../lib/api";

export type { Practice, PracticeMonth } from "#contracts/practice";

export const practiceApi = {
  mine: () => api.get("/me/practice?months=6", practiceSchema),
};
