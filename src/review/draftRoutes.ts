import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { draftProblems } from '../domain/checks';
import { notFound, signedIn, type ReviewContext, type YoungPersonNotice } from './context';
import { anchorId } from './html';
import { formFields, redirect, routeParams, sendPage } from './http';
import type { ReviewSession } from '../storage';
import { buildCaseload, caseloadQuery } from './caseload';
import { changeSharedDraft, type KeyWorkerRequest } from './keyWorkerChanges';
import { confirmAgreePage, draftPage } from './pages/draftPage';
import { homePage } from './pages/homePage';
import { messagePage } from './pages/layout';

const draftParams = z.object({ id: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/) });
const noticeQuery = z.object({ done: z.enum(['comment', 'proposal', 'details', 'changes_requested', 'agreed']).optional() });
const optionalWords = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const commentForm = z
  .object({
    itemId: optionalWords(200),
    text: optionalWords(2000),
    proposal: optionalWords(2000),
    howOften: optionalWords(200),
    who: optionalWords(200),
  })
  // A comment, or new words for an item (with or without a comment).
  .refine((f) => f.text !== undefined || (f.proposal !== undefined && f.itemId !== undefined));
const statusForm = z.object({
  status: z.enum(['changes_requested', 'agreed']),
  message: z.string().trim().max(2000).optional(),
  confirm: z.literal('yes').optional(),
});
const dateField = z
  .string()
  .trim()
  .regex(/^(?:\d{4}-\d{2}-\d{2})?$/)
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || !Number.isNaN(Date.parse(v)));
const detailsForm = z.object({ dateOfBirth: dateField, actBy: dateField, setting: optionalWords(200) });

const NOTICE_TEXT: Record<YoungPersonNotice | 'details' | 'proposal', string> = {
  comment: 'Comment added. The young person will see it in their chat.',
  proposal: 'New wording proposed. The young person will see it in their chat and can accept, change or refuse it.',
  details: 'Plan details saved.',
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
        ctx.stores.drafts.sharedWith(session.keyWorker.id),
        ctx.stores.invitations.listInvitations(session.keyWorker.id),
      ]);
      const query = caseloadQuery.parse(req.query ?? {});
      const now = ctx.now();
      const caseload = buildCaseload(drafts, query, now);
      const safeguardingLead = await ctx.stores.concerns.isLead(session.keyWorker.id);
      sendPage(
        res,
        200,
        homePage({
          signedIn: { ...signedInAs(session), safeguardingLead },
          drafts,
          caseload,
          query,
          invitations,
          joinBase: ctx.publicUrl ?? localOrigin(req),
          now,
        }),
      );
    }),
  );

  server.get(
    '/review/drafts/:id',
    signedIn(ctx, async (req, res, session) => {
      const params = routeParams(req, draftParams);
      const shared = params && (await ctx.stores.drafts.getShared(session.keyWorker.id, params.id));
      if (!shared) return notFound(res, session);
      const done = noticeQuery.safeParse(req.query ?? {});
      const problems = draftProblems(shared.draft, ctx.analyse?.(shared.draft) ?? {});
      const versions = await ctx.stores.drafts.versions(shared.draft.id);
      const notice = done.success && done.data.done ? NOTICE_TEXT[done.data.done] : undefined;
      sendPage(res, 200, draftPage({ signedIn: signedInAs(session), draft: shared.draft, problems, versions, notice, now: ctx.now() }));
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
  server.post(
    '/review/drafts/:id/details',
    signedIn(ctx, async (req, res, session) => changeDraft(ctx, req, res, session, 'details'), { form: true }),
  );
}

type FormKind = 'comment' | 'status' | 'details';

/** The form as a key worker's request; undefined when it is not complete. */
function requestOf(kind: FormKind, fields: Record<string, unknown>): KeyWorkerRequest | undefined {
  if (kind === 'comment') {
    const form = commentForm.safeParse(fields);
    if (!form.success) return undefined;
    const { itemId, text, proposal, howOften, who } = form.data;
    if (proposal && itemId) return { kind: 'proposal', itemId, text: proposal, howOften, who, note: text };
    return text ? { kind: 'comment', itemId, text } : undefined;
  }
  if (kind === 'details') {
    const form = detailsForm.safeParse(fields);
    return form.success ? { kind: 'details', ...form.data } : undefined;
  }
  const form = statusForm.safeParse(fields);
  if (!form.success) return undefined;
  return { kind: 'status', status: form.data.status, message: form.data.message || undefined, confirmed: form.data.confirm === 'yes' };
}

/** Saves as the key worker (src/review/keyWorkerChanges.ts), then shows the draft with what was done. */
async function changeDraft(ctx: ReviewContext, req: Request, res: Response, session: ReviewSession, kind: FormKind): Promise<void> {
  const params = routeParams(req, draftParams);
  if (!params) return notFound(res, session);
  const incomplete = () =>
    sendPage(res, 400, messagePage('Nothing was changed', 'The form was not complete. Go back and try again.', signedInAs(session)));
  const request = requestOf(kind, formFields(req));
  if (!request) return incomplete();
  const result = await changeSharedDraft({ ...ctx, drafts: ctx.stores.drafts }, session.keyWorker, params.id, request, { via: 'review' });
  switch (result.outcome) {
    case 'not_shared':
    case 'stale':
      return notFound(res, session);
    case 'refused':
      if (result.refusal === 'incomplete') return incomplete();
      return sendPage(
        res,
        200,
        confirmAgreePage({ signedIn: signedInAs(session), draft: result.shared.draft, message: request.kind === 'status' ? request.message : undefined }),
      );
    case 'busy':
      return sendPage(res, 409, messagePage('Please try again', 'The draft was changing at the same moment. Nothing was lost; reload and try again.', signedInAs(session)));
    case 'saved': {
      const location = `/review/drafts/${encodeURIComponent(params.id)}?done=${result.change.kind}`;
      const itemId = request.kind === 'comment' || request.kind === 'proposal' ? request.itemId : undefined;
      return redirect(res, itemId ? `${location}#${anchorId('item', itemId)}` : location);
    }
  }
}
