import type { Server } from 'restify';
import { z } from 'zod';
import { hashId } from '../log';
import { LEAD_ACTIONS, LEAD_ACTION_LABEL, takenBackAt } from '../safeguarding/concerns';
import { notFound, signedIn, type ReviewContext } from './context';
import { formFields, redirect, routeParams, sendPage } from './http';
import type { ReviewSession } from '../storage';
import { messagePage } from './pages/layout';
import { concernPage, queuePage } from './pages/safeguardingPages';

const concernParams = z.object({ id: z.uuid() });
const actionForm = z.object({
  action: z.enum(LEAD_ACTIONS),
  note: z.string().trim().max(2000).optional().transform((v) => (v ? v : undefined)),
});
const doneQuery = z.object({ done: z.enum(LEAD_ACTIONS).optional() });

const signedInAs = (session: ReviewSession) => ({ name: session.keyWorker.name, csrfToken: session.csrfToken, safeguardingLead: true });

/**
 * The safeguarding leads' queue: every concern, shared draft or not. Anyone who is not a lead gets
 * "not found", as for a draft not shared with them: the page does not even say it exists.
 */
export function registerSafeguardingRoutes(server: Server, ctx: ReviewContext): void {
  const { concerns, drafts } = ctx.stores;
  const isLead = async (session: ReviewSession) => concerns.isLead(session.keyWorker.id);
  /** The draft's flags, to see whether the young person took an answer back; none when the draft is gone or unreadable. */
  const flagsOf = async (draftId: string) => (await drafts.get(draftId).catch(() => undefined))?.draft.flags ?? [];

  server.get(
    '/review/safeguarding',
    signedIn(ctx, async (_req, res, session) => {
      if (!(await isLead(session))) return notFound(res, session);
      const list = await concerns.list();
      const flags = new Map(await Promise.all([...new Set(list.map((c) => c.draftId))].map(async (id) => [id, await flagsOf(id)] as const)));
      const takenBack = new Map(list.flatMap((c) => {
        const at = takenBackAt(c, flags.get(c.draftId) ?? []);
        return at ? [[c.id, at] as const] : [];
      }));
      sendPage(res, 200, queuePage({ signedIn: signedInAs(session), concerns: list, takenBack }));
    }),
  );

  server.get(
    '/review/safeguarding/:id',
    signedIn(ctx, async (req, res, session) => {
      const params = routeParams(req, concernParams);
      if (!(await isLead(session))) return notFound(res, session);
      const concern = params && (await concerns.get(params.id));
      if (!concern) return notFound(res, session);
      const done = doneQuery.safeParse(req.query ?? {});
      const notice = done.success && done.data.done ? `Recorded: ${LEAD_ACTION_LABEL[done.data.done]}.` : undefined;
      ctx.log.info({ concern: hashId(concern.id), lead: hashId(session.keyWorker.id) }, 'a safeguarding lead opened a concern');
      sendPage(res, 200, concernPage({ signedIn: signedInAs(session), concern, notice, takenBackAt: takenBackAt(concern, await flagsOf(concern.draftId)) }));
    }),
  );

  server.post(
    '/review/safeguarding/:id/actions',
    signedIn(
      ctx,
      async (req, res, session) => {
        const params = routeParams(req, concernParams);
        if (!(await isLead(session)) || !params) return notFound(res, session);
        const form = actionForm.safeParse(formFields(req));
        if (!form.success) {
          sendPage(res, 400, messagePage('Nothing was recorded', 'Choose what you did, then try again.', signedInAs(session)));
          return;
        }
        const added = await concerns.addAction(params.id, { ...form.data, byId: session.keyWorker.id, byName: session.keyWorker.name }, ctx.now());
        if (!added) return notFound(res, session);
        ctx.log.info({ concern: hashId(params.id), lead: hashId(session.keyWorker.id), action: added.action }, 'a safeguarding lead recorded an action');
        redirect(res, `/review/safeguarding/${encodeURIComponent(params.id)}?done=${added.action}`);
      },
      { form: true },
    ),
  );
}
