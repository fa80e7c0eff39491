import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { draftProblems } from '../domain/checks';
import { addComment, setStatus, touch, type Draft } from '../domain/draft';
import { summaryItems } from '../domain/draftSummary';
import { hashId } from '../log';
import { ConflictError } from '../storage/errors';
import { notFound, signedIn, type ReviewContext, type YoungPersonNotice } from './context';
import { anchorId } from './html';
import { formFields, redirect, routeParams, sendPage } from './http';
import type { ReviewSession } from './keyWorkerStore';
import { STATUS_LABEL } from './labels';
import { draftPage } from './pages/draftPage';
import { homePage } from './pages/homePage';
import { messagePage } from './pages/layout';
import { listSharedDrafts, loadSharedDraft } from './sharedDrafts';

const draftParams = z.object({ id: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/) });
const noticeQuery = z.object({ done: z.enum(['comment', 'changes_requested', 'agreed']).optional() });
const commentForm = z.object({
  itemId: z.string().max(200).optional().transform((v) => (v ? v : undefined)),
  text: z.string().trim().min(1).max(2000),
});
const statusForm = z.object({
  status: z.enum(['changes_requested', 'agreed']),
  message: z.string().trim().max(2000).optional(),
});

const NOTICE_TEXT: Record<YoungPersonNotice, string> = {
  comment: 'Comment added. The young person will see it in their chat.',
  changes_requested: 'Changes requested. The young person will see this in their chat.',
  agreed: 'Agreed. The young person will see this in their chat.',
};

/** Without PUBLIC_URL the links name the address the key worker used; it is only shown to them. */
function localOrigin(req: Request): string {
  const host = z.string().regex(/^[A-Za-z0-9.:[\]-]+$/).safeParse(req.headers.host);
  return host.success ? `http://${host.data}` : '';
}

const signedInAs = (session: ReviewSession) => ({ name: session.keyWorker.name, csrfToken: session.csrfToken });

export function registerDraftRoutes(server: Server, ctx: ReviewContext): void {
  server.get(
    '/review',
    signedIn(ctx, async (req, res, session) => {
      const [drafts, invitations] = await Promise.all([
        listSharedDrafts(ctx, session.keyWorker.id),
        ctx.store().then((store) => store.listInvitations(session.keyWorker.id)),
      ]);
      const safeguardingLead = (await ctx.concerns?.isLead(session.keyWorker.id)) ?? false;
      sendPage(res, 200, homePage({ signedIn: { ...signedInAs(session), safeguardingLead }, drafts, invitations, joinBase: ctx.publicUrl ?? localOrigin(req) }));
    }),
  );

  server.get(
    '/review/drafts/:id',
    signedIn(ctx, async (req, res, session) => {
      const params = routeParams(req, draftParams);
      const shared = params && (await loadSharedDraft(ctx, session.keyWorker.id, params.id));
      if (!shared) return notFound(res, session);
      const done = noticeQuery.safeParse(req.query ?? {});
      const problems = draftProblems(shared.draft, ctx.analyse?.(shared.draft) ?? {});
      const versions = await ctx.drafts.versions(shared.draft.id);
      const notice = done.success && done.data.done ? NOTICE_TEXT[done.data.done] : undefined;
      sendPage(res, 200, draftPage({ signedIn: signedInAs(session), draft: shared.draft, problems, versions, notice }));
    }),
  );

  server.post(
    '/review/drafts/:id/comments',
    signedIn(ctx, async (req, res, session) => changeDraft(ctx, req, res, session, 'comment'), { form: true }),
  );
  server.post(
    '/review/drafts/:id/status',
    signedIn(ctx, async (req, res, session) => changeDraft(ctx, req, res, session, 'status'), { form: true }),
  );
}

type Change = { draft: Draft; summary: string; notice: YoungPersonNotice; anchor?: string };

function describeChange(draft: Draft, kind: 'comment' | 'status', fields: Record<string, unknown>, session: ReviewSession, now: Date): Change | undefined {
  const by = session.keyWorker.name;
  if (kind === 'comment') {
    const form = commentForm.safeParse(fields);
    if (!form.success) return undefined;
    const { itemId, text } = form.data;
    if (itemId !== undefined && !summaryItems(draft).some((item) => item.id === itemId)) return undefined;
    const added = addComment(draft, { itemId, text, by, at: now }).draft;
    return { draft: added, summary: 'key worker comment', notice: 'comment', anchor: itemId ? anchorId('item', itemId) : undefined };
  }
  const form = statusForm.safeParse(fields);
  if (!form.success) return undefined;
  const { status, message } = form.data;
  const withMessage = message ? addComment(draft, { text: message, by, at: now }).draft : draft;
  return { draft: setStatus(withMessage, status), summary: `status: ${STATUS_LABEL[status].toLowerCase()}`, notice: status };
}

/** Saves as the key worker, then tells the young person; a save that lost a race is retried on fresh data. */
async function changeDraft(ctx: ReviewContext, req: Request, res: Response, session: ReviewSession, kind: 'comment' | 'status'): Promise<void> {
  const params = routeParams(req, draftParams);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const shared = params && (await loadSharedDraft(ctx, session.keyWorker.id, params.id));
    if (!shared) return notFound(res, session);
    const now = ctx.now();
    const change = describeChange(shared.draft, kind, formFields(req), session, now);
    if (!change) {
      sendPage(res, 400, messagePage('Nothing was changed', 'The form was not complete. Go back and try again.', signedInAs(session)));
      return;
    }
    try {
      await ctx.drafts.save(shared.draft.id, touch(change.draft, now), shared.version, { author: 'key_worker', summary: change.summary });
    } catch (error) {
      if (error instanceof ConflictError) continue;
      throw error;
    }
    ctx.log.info({ draft: hashId(shared.draft.id), change: change.notice, keyWorker: hashId(session.keyWorker.id) }, 'key worker changed a draft');
    await ctx.notifyYoungPerson(change.draft, change.notice);
    const location = `/review/drafts/${encodeURIComponent(shared.draft.id)}?done=${change.notice}`;
    return redirect(res, change.anchor ? `${location}#${change.anchor}` : location);
  }
  sendPage(res, 409, messagePage('Please try again', 'The draft was changing at the same moment. Nothing was lost; reload and try again.', signedInAs(session)));
}
