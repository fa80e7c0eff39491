import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { chatHelperLabel, isParentOrCarer } from '../domain/aboutWhom';
import type { Draft } from '../domain/draft';
import { renderDocx } from '../export/docxOnDemand';
import type { ExportOptions } from '../export/exportModel';
import { renderHtml } from '../export/html';
import { hashId } from '../log';
import { buildCaseload, caseloadQuery, sortName } from './caseload';
import type { ReviewContext } from './context';
import { SECURITY_HEADERS } from './http';
import type { ReviewSession } from '../storage';

/*
 * The plan in Word and as a printable page, for the key worker the draft is shared with, and a
 * whole (filtered) caseload as one zip. Anyone else, signed in or not, gets the same 404, so a
 * draft id reveals nothing.
 */

const params = z.object({ id: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/) });
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The export page has inline styles only; nothing else may load or run. */
const EXPORT_HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Who contributed, for the plan's header: the person answering and every key worker who wrote. */
export function contributors(draft: Draft, keyWorkerName: string): string[] {
  const person = draft.youngPerson;
  const name = person.name ?? 'the young person';
  const helper = chatHelperLabel(person);
  const first = isParentOrCarer(person)
    ? [person.chatHelper?.name ? `${person.chatHelper.name} (${person.chatHelper.role} of ${name})` : `A parent or carer of ${name}`]
    : person.who === 'supporter'
      ? [`A supporter of ${name}`]
      : person.who === 'helper'
        ? helper ? [name, helper] : [`${name}, with someone helping`]
        : [name];
  const keyWorkers = [...new Set([...draft.comments.map((c) => c.by), ...Object.values(draft.authors ?? {}).filter((a) => a.role === 'key_worker').map((a) => a.by)])];
  if (!keyWorkers.includes(keyWorkerName)) keyWorkers.push(keyWorkerName);
  return [...first, ...keyWorkers.map((k) => `${k} (key worker)`)];
}

function fileName(draft: Draft): string {
  const base = sortName(draft).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'draft';
  return `plan-${base}-${draft.id.slice(0, 8).replace(/[^A-Za-z0-9]/g, '')}`;
}

function send(res: Response, body: Buffer, type: string, disposition: string, extra: Record<string, string> = {}): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': type,
    'Content-Length': String(body.length),
    'Content-Disposition': disposition,
    'X-Robots-Tag': 'noindex',
  });
  res.end(body);
}

function notFound(res: Response): void {
  const body = Buffer.from('Not found', 'utf8');
  res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(body.length) });
  res.end(body);
}

const exportOptions = (ctx: ReviewContext, draft: Draft, session: ReviewSession, now: Date): ExportOptions => ({
  mode: 'standard',
  words: ctx.words,
  now,
  forKeyWorker: { contributors: contributors(draft, session.keyWorker.name) },
});

export function registerExportRoutes(server: Server, ctx: ReviewContext): void {
  const withDraft = (format: 'docx' | 'html') => async (req: Request, res: Response) => {
    const session = await ctx.auth.currentSession(req);
    const id = params.safeParse(req.params ?? {});
    const shared = session && id.success ? await ctx.stores.drafts.getShared(session.keyWorker.id, id.data.id) : undefined;
    if (!session || !shared) return notFound(res);
    const { draft } = shared;
    const options = exportOptions(ctx, draft, session, ctx.now());
    if (format === 'docx') {
      send(res, await renderDocx(draft, options), DOCX_TYPE, `attachment; filename="${fileName(draft)}.docx"`);
    } else {
      send(res, Buffer.from(renderHtml(draft, options), 'utf8'), 'text/html; charset=utf-8', `inline; filename="${fileName(draft)}.html"`, {
        'Content-Security-Policy': EXPORT_HTML_POLICY,
      });
    }
    ctx.log.info({ draft: hashId(draft.id), format, keyWorker: hashId(session.keyWorker.id) }, 'key worker exported a draft');
  };
  server.get('/review/drafts/:id/export.docx', withDraft('docx'));
  server.get('/review/drafts/:id/export.html', withDraft('html'));

  // The caseload as the list shows it (same filters), one Word document per draft.
  server.get('/review/export.zip', async (req: Request, res: Response) => {
    const session = await ctx.auth.currentSession(req);
    if (!session) return notFound(res);
    const query = caseloadQuery.parse(req.query ?? {});
    const now = ctx.now();
    const { rows } = buildCaseload(await ctx.stores.drafts.sharedWith(session.keyWorker.id), query, now);
    // Loaded on the first caseload export, not at start-up.
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    const used = new Set<string>();
    for (const { draft } of rows) {
      let name = `${fileName(draft)}.docx`;
      for (let n = 2; used.has(name); n += 1) name = `${fileName(draft)}-${n}.docx`;
      used.add(name);
      zip.file(name, await renderDocx(draft, exportOptions(ctx, draft, session, now)), { date: now });
    }
    const body = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    send(res, body, 'application/zip', `attachment; filename="caseload-${now.toISOString().slice(0, 10)}.zip"`);
    ctx.log.info({ count: rows.length, keyWorker: hashId(session.keyWorker.id) }, 'key worker exported a caseload');
  });
}
