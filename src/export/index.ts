export { renderJson } from './json';
export { renderHtml } from './html';
export { renderDocx } from './docxOnDemand';
export { buildExportModel, type ExportModel, type ExportOptions } from './exportModel';
export { ExportText } from './exportText';
export { createDownloadLinks, downloadsForDraft, type DownloadLinks, type DownloadUrls } from './downloads';
export { registerDownloads, SCHEMA_ROUTE } from './downloadRoutes';
