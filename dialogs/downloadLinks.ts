import type { Translate } from '../src/i18n';

export const DownloadText = {
  word: 'common:download.word',
  page: 'common:download.page',
  data: 'common:download.data',
} as const;

export interface Downloads {
  json: string;
  html: string;
  docx: string;
}

/** The person's own copies as links in the message, so every client shows them (Web Chat renders Markdown links). */
export function downloadLinksText(downloads: Downloads, t: Translate): string {
  return [`[${t(DownloadText.word)}](${downloads.docx})`, `[${t(DownloadText.page)}](${downloads.html})`, `[${t(DownloadText.data)}](${downloads.json})`].join(' · ');
}
