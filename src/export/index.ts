export { renderJson } from './json';
export { renderHtml, escapeHtml } from './html';
export { renderDocx } from './docx';
export { buildExportModel, type ExportModel, type ExportOptions } from './exportModel';
export { ExportText } from './exportText';
