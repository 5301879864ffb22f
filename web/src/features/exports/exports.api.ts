import { EXPORT_DATASETS, type ExportDataset } from "#contracts/exports";
import { API_PREFIX } from "../../lib/api";

/**
 * The export's download addresses: plain links, so the browser saves each file under the name the
 * server gives it. Nothing is fetched into the page, so there are no queries and no keys.
 */
export const exportJsonUrl = `${API_PREFIX}/me/export.json`;
export const exportCsvUrl = (dataset: ExportDataset): string => `${API_PREFIX}/me/export/${dataset}.csv`;
export { EXPORT_DATASETS, type ExportDataset };
