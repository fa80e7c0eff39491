import type { Server } from 'restify';
import { z } from 'zod';
import { signedIn, type ReviewContext } from './context';
import { formFields, redirect, routeParams, sendPage } from './http';
import { displayInvitationCode, isInvitationCode, newInvitationCode, normaliseInvitationCode } from './invitationCodes';
import { joinPage } from './pages/joinPage';
import { messagePage, notFoundPage } from './pages/layout';

const invitationForm = z.object({ note: z.string().trim().max(80).optional() });
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
        const store = await ctx.store();
        // A clash is about one in ten billion; drawing again is simpler than reasoning about it.
        for (let attempt = 0; attempt < 5; attempt += 1) {
          const code = newInvitationCode();
          const note = form.data.note || undefined;
          if (await store.createInvitation({ code, keyWorkerId: session.keyWorker.id, note, createdAt: ctx.now().toISOString() })) {
            ctx.log.info({ keyWorker: session.keyWorker.id }, 'invitation created');
            return redirect(res, '/review#invitations-heading');
          }
        }
        throw new Error('Could not draw a free invitation code');
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
