import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { draftProblems } from '../domain/checks';
import { addComment, DraftItemNotFoundError, setStatus, touch, type Draft } from '../domain/draft';
import { summaryItems } from '../domain/draftSummary';
import { addProposal } from '../domain/proposals';
import { hashId } from '../log';
import { ConflictError } from '../storage/errors';
import { notFound, signedIn, type ReviewContext, type YoungPersonNotice } from './context';
import { anchorId } from './html';
import { formFields, redirect, routeParams, sendPage } from './http';
import type { ReviewSession } from './keyWorkerStore';
import { buildCaseload, caseloadQuery, openComments } from './caseload';
import { ITEM_LABEL, STATUS_LABEL } from './labels';
import { confirmAgreePage, draftPage } from './pages/draftPage';
import { homePage } from './pages/homePage';
import { messagePage } from './pages/layout';
import { listSharedDrafts, loadSharedDraft } from './sharedDrafts';

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
        listSharedDrafts(ctx, session.keyWorker.id),
        ctx.store().then((store) => store.listInvitations(session.keyWorker.id)),
      ]);
      const query = caseloadQuery.parse(req.query ?? {});
      const now = ctx.now();
      const caseload = buildCaseload(drafts, query, now);
      const safeguardingLead = (await ctx.concerns?.isLead(session.keyWorker.id)) ?? false;
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
      const shared = params && (await loadSharedDraft(ctx, session.keyWorker.id, params.id));
      if (!shared) return notFound(res, session);
      const done = noticeQuery.safeParse(req.query ?? {});
      const problems = draftProblems(shared.draft, ctx.analyse?.(shared.draft) ?? {});
      const versions = await ctx.drafts.versions(shared.draft.id);
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

/** An operation that refuses the input (an item that cannot take words) means the form was not right. */
function attempt<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    if (error instanceof RangeError || error instanceof DraftItemNotFoundError) return undefined;
    throw error;
  }
}

type Kind = 'comment' | 'status' | 'details';
type Change = { draft: Draft; summary: string; notice?: YoungPersonNotice; done: keyof typeof NOTICE_TEXT; anchor?: string; confirm?: boolean };

function itemLabel(draft: Draft, itemId: string | undefined): string {
  if (!itemId) return 'the whole draft';
  const entry = summaryItems(draft).find((item) => item.id === itemId);
  if (!entry) return 'an item';
  if (entry.labelKey === 'summary.outcome') return `outcome ${draft.outcomes.findIndex((o) => o.id === itemId) + 1}`;
  return ITEM_LABEL[entry.labelKey].toLowerCase();
}

function describeChange(draft: Draft, kind: Kind, fields: Record<string, unknown>, session: ReviewSession, now: Date): Change | undefined {
  const by = session.keyWorker.name;
  if (kind === 'comment') {
    const form = commentForm.safeParse(fields);
    if (!form.success) return undefined;
    const { itemId, text, proposal } = form.data;
    if (itemId !== undefined && !summaryItems(draft).some((item) => item.id === itemId)) return undefined;
    const anchor = itemId ? anchorId('item', itemId) : undefined;
    if (proposal && itemId) {
      const added = attempt(() => addProposal(draft, { itemId, text: proposal, howOften: form.data.howOften, who: form.data.who, note: text, by, at: now }));
      if (!added) return undefined;
      return { draft: added.draft, summary: `${by}: proposed new words for ${itemLabel(draft, itemId)}`, notice: 'comment', done: 'proposal', anchor };
    }
    if (!text) return undefined;
    const added = addComment(draft, { itemId, text, by, at: now }).draft;
    return { draft: added, summary: `${by}: comment on ${itemLabel(draft, itemId)}`, notice: 'comment', done: 'comment', anchor };
  }
  if (kind === 'details') {
    const form = detailsForm.safeParse(fields);
    if (!form.success) return undefined;
    const { dateOfBirth, setting, actBy } = form.data;
    const { dateOfBirth: _d, setting: _s, ...person } = draft.youngPerson;
    const { actBy: _a, ...keyWorker } = draft.keyWorker ?? { shared: true };
    const changed: Draft = {
      ...draft,
      youngPerson: { ...person, ...(dateOfBirth ? { dateOfBirth } : {}), ...(setting ? { setting } : {}) },
      keyWorker: { ...keyWorker, ...(actBy ? { actBy } : {}) },
    };
    return { draft: changed, summary: `${by}: plan details`, done: 'details' };
  }
  const form = statusForm.safeParse(fields);
  if (!form.success) return undefined;
  const { status, message } = form.data;
  if (status === 'agreed' && form.data.confirm !== 'yes' && openComments(draft).length > 0) {
    return { draft, summary: '', done: 'agreed', confirm: true };
  }
  const withMessage = message ? addComment(draft, { text: message, by, at: now }).draft : draft;
  return { draft: setStatus(withMessage, status), summary: `${by}: ${STATUS_LABEL[status].toLowerCase()}`, notice: status, done: status };
}

/** Saves as the key worker, then tells the young person; a save that lost a race is retried on fresh data. */
async function changeDraft(ctx: ReviewContext, req: Request, res: Response, session: ReviewSession, kind: Kind): Promise<void> {
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
    if (change.confirm) {
      const message = statusForm.safeParse(formFields(req));
      sendPage(res, 200, confirmAgreePage({ signedIn: signedInAs(session), draft: shared.draft, message: message.success ? message.data.message : undefined }));
      return;
    }
    try {
      await ctx.drafts.save(shared.draft.id, touch(change.draft, now), shared.version, { author: 'key_worker', summary: change.summary });
    } catch (error) {
      if (error instanceof ConflictError) continue;
      throw error;
    }
    ctx.log.info({ draft: hashId(shared.draft.id), change: change.done, keyWorker: hashId(session.keyWorker.id) }, 'key worker changed a draft');
    if (change.notice) await ctx.notifyYoungPerson(change.draft, change.notice);
    const location = `/review/drafts/${encodeURIComponent(shared.draft.id)}?done=${change.done}`;
    return redirect(res, change.anchor ? `${location}#${change.anchor}` : location);
  }
  sendPage(res, 409, messagePage('Please try again', 'The draft was changing at the same moment. Nothing was lost; reload and try again.', signedInAs(session)));
}
