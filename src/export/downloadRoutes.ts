import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Draft } from '../domain/draft';
import { draftJsonSchemaText } from '../domain/draftJsonSchema';
import type { ReadingMode } from '../domain/readingMode';
import { ErrorCode } from '../errors';
import type { Words } from '../i18n';
import type { Logger } from '../log';
import { UnreadableDraftError, type DraftStore, type StoredDraft } from '../storage';
import { DOWNLOAD_FILES, MAX_TOKEN_LENGTH, type DownloadFormat, type DownloadLinks } from './downloads';
import { renderDocx } from './docxOnDemand';
import { renderHtml } from './html';
import { renderJson } from './json';

export const SCHEMA_ROUTE = '/schema/outcomes-draft-1.json';

export interface DownloadRouteDeps {
  drafts: DraftStore;
  links: DownloadLinks;
  /** The app's words, for the printable page and the Word file. */
  words: Words;
  log: Logger;
}

const FORMAT_OF_FILE = Object.fromEntries(Object.entries(DOWNLOAD_FILES).map(([format, file]) => [file, format])) as Record<
  string,
  DownloadFormat
>;

const paramsSchema = z.object({
  token: z.string().max(MAX_TOKEN_LENGTH).regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/),
  file: z.enum([DOWNLOAD_FILES.json, DOWNLOAD_FILES.html, DOWNLOAD_FILES.docx]),
});

/** The person's copy must not linger in shared caches, leak its link onwards, or be indexed. */
const PRIVATE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
};

/** The page has inline styles only; nothing else may load or run even if it were ever injected. */
const HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

interface Rendered {
  body: string | Buffer;
  type: string;
  disposition: 'inline' | 'attachment';
  extraHeaders?: Record<string, string>;
}

async function render(draft: Draft, format: DownloadFormat, mode: ReadingMode, words: Words): Promise<Rendered> {
  switch (format) {
    case 'json':
      return { body: renderJson(draft), type: 'application/json; charset=utf-8', disposition: 'attachment' };
    case 'html':
      return {
        body: renderHtml(draft, { mode, words }),
        type: 'text/html; charset=utf-8',
        disposition: 'inline',
        extraHeaders: { 'Content-Security-Policy': HTML_POLICY },
      };
    case 'docx':
      return {
        body: await renderDocx(draft, { mode, words }),
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        disposition: 'attachment',
      };
  }
}

function notFound(res: Response): void {
  // One answer for every failure, so a caller learns nothing about which drafts exist.
  res.header('Cache-Control', 'no-store');
  res.json(404, { error: { code: 'NotFound', message: 'This download link is not valid any more. Ask for a new one.' } });
}

/** GET /downloads/:token/draft.(json|html|docx) and GET /schema/outcomes-draft-1.json */
export function registerDownloads(server: Server, deps: DownloadRouteDeps): void {
  server.get('/downloads/:token/:file', async (req: Request, res: Response) => {
    const params = paramsSchema.safeParse(req.params);
    const grant = params.success ? deps.links.verify(params.data.token) : null;
    if (!params.success || !grant) return notFound(res);
    let stored: StoredDraft | undefined;
    try {
      stored = await deps.drafts.get(grant.draftId);
    } catch (error) {
      if (!(error instanceof UnreadableDraftError)) throw error;
      deps.log.error({ code: ErrorCode.draftInvalid, reqId: req.id(), issues: error.issues }, 'stored draft does not match the schema');
      res.header('Cache-Control', 'no-store');
      res.json(500, { error: { code: 'ServiceError', message: 'This draft cannot be downloaded right now.' } });
      return;
    }
    if (!stored) return notFound(res);
    const format = FORMAT_OF_FILE[params.data.file] ?? 'json';
    const rendered = await render(stored.draft, format, grant.mode, deps.words);
    const body = typeof rendered.body === 'string' ? Buffer.from(rendered.body, 'utf8') : rendered.body;
    res.writeHead(200, {
      ...PRIVATE_HEADERS,
      ...rendered.extraHeaders,
      'Content-Type': rendered.type,
      'Content-Length': String(body.length),
      'Content-Disposition': `${rendered.disposition}; filename="outcomes-${params.data.file}"`,
    });
    res.end(body);
    deps.log.info({ reqId: req.id(), format, mode: grant.mode }, 'draft downloaded');
  });

  server.get(SCHEMA_ROUTE, async (_req: Request, res: Response) => {
    const body = Buffer.from(draftJsonSchemaText(), 'utf8');
    res.writeHead(200, {
      'Content-Type': 'application/schema+json; charset=utf-8',
      'Content-Length': String(body.length),
      'Cache-Control': 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Allow-Origin': '*',
    });
    res.end(body);
  });
}
