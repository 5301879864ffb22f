import { workspaceFiguresSchema } from "#contracts/workspace-figures";
import { api } from "../../lib/api";

export type { Bucket, Distribution, PooledFigure, WorkspaceFigures } from "#contracts/workspace-figures";

export const workspaceFiguresApi = {
  get: () => api.get("/workspace/figures", workspaceFiguresSchema),
};
