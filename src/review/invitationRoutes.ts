import type { Server } from 'restify';
import { z } from 'zod';
import { hashId } from '../log';
import { notFound, signedIn, type ReviewContext } from './context';
import { formFields, redirect, routeParams, sendPage } from './http';
import { displayInvitationCode, isInvitationCode, newInvitationCode, normaliseInvitationCode } from './invitationCodes';
import { joinPage } from './pages/joinPage';
import { messagePage, notFoundPage } from './pages/layout';

const invitationForm = z.object({ note: z.string().trim().max(80).optional() });
/** A code is for one term or so: after that a young person asks for a new one. */
export const INVITATION_DAYS = 90;
const joinParams = z.object({ code: z.string().min(1).max(20).transform(normaliseInvitationCode).refine(isInvitationCode) });

export function registerInvitationRoutes(server: Server, ctx: ReviewContext): void {
  server.post(
    '/review/invitations',
    signedIn(
      ctx,
      async (req, res, session) => {
        const form = invitationForm.safeParse(formFields(req));
        if (!form.success) {
          sendPage(res, 400, messagePage('Nothing was created', 'The note is too long: at most 80 characters.'));
          return;
        }
        const store = ctx.stores.invitations;
        // A clash is about one in ten billion; drawing again is simpler than reasoning about it.
        for (let attempt = 0; attempt < 5; attempt += 1) {
          const code = newInvitationCode();
          const note = form.data.note || undefined;
          const now = ctx.now();
          const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
          if (await store.createInvitation({ code, keyWorkerId: session.keyWorker.id, note, createdAt: now.toISOString(), expiresAt })) {
            ctx.log.info({ keyWorker: session.keyWorker.id }, 'invitation created');
            return redirect(res, '/review#invitations-heading');
          }
        }
        throw new Error('Could not draw a free invitation code');
      },
      { form: true },
    ),
  );

  server.post(
    '/review/invitations/:code/revoke',
    signedIn(
      ctx,
      async (req, res, session) => {
        const params = routeParams(req, joinParams);
        const revoked = params && (await ctx.stores.invitations.revokeInvitation(session.keyWorker.id, params.code, ctx.now()));
        if (!revoked) return notFound(res, session);
        ctx.log.info({ keyWorker: hashId(session.keyWorker.id) }, 'invitation revoked');
        return redirect(res, '/review#invitations-heading');
      },
      { form: true },
    ),
  );

  // For the young person: no sign-in. An unknown code gets the same page, so codes cannot be probed.
  server.get('/join/:code', async (req, res) => {
    const params = routeParams(req, joinParams);
    if (!params) return sendPage(res, 404, notFoundPage());
    sendPage(res, 200, joinPage(displayInvitationCode(params.code)));
  });
}
