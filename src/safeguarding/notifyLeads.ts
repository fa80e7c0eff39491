import { ActivityTypes, CardFactory, type Activity, type Attachment } from 'botbuilder';
import { errorSummary, hashId } from '../log';
import type { ReviewLog } from '../review/context';
import type { ConcernStore, SafeguardingLead, TeamsLinkStore } from '../storage';
import { categoryLabel } from './concerns';
import type { Mailer } from '../mailer';

export interface NoticeOfConcern {
  id: string;
  category: string;
  raisedAt: Date;
}

export interface LeadNotifierDeps {
  concerns: ConcernStore;
  teamsLinks: Pick<TeamsLinkStore, 'teamsConversationsOfKeyWorker'>;
  /** Teams chats of leads linked in Teams; absent when the bot does not run in Teams. */
  teams?: { send(conversationId: string, activities: () => Partial<Activity>[]): Promise<void> };
  mailer?: Mailer;
  /** The absolute address of a concern on the review site. */
  concernUrl: (id: string) => string;
  log: ReviewLog;
}

// Made on first use: a formatter with a time zone loads its data, which start-up need not wait for.
let formatter: Intl.DateTimeFormat | undefined;
const when = {
  format: (date: Date): string => (formatter ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' })).format(date),
};

export const LeadNoticeText = {
  teamsMessage: 'A new safeguarding concern has been raised. Please read it in the safeguarding queue.',
  cardTitle: 'New safeguarding concern',
  open: 'Open the concern',
  emailSubject: 'New safeguarding concern in Outcomes Bot',
} as const;

/**
 * The card a lead gets in Teams: the kind of worry, when, and a link. Never the young person's
 * words: those are read on the review site, signed in.
 */
export function leadConcernCard(notice: NoticeOfConcern, url: string): Attachment {
  return {
    contentType: CardFactory.contentTypes.adaptiveCard,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: LeadNoticeText.cardTitle, weight: 'Bolder', size: 'Medium', color: 'Attention', wrap: true },
        {
          type: 'FactSet',
          facts: [
            { title: 'Raised', value: when.format(notice.raisedAt) },
            { title: 'Kind of worry', value: categoryLabel(notice.category) },
          ],
        },
        { type: 'TextBlock', text: 'Read it and record what you do in the safeguarding queue.', wrap: true },
      ],
      actions: [{ type: 'Action.OpenUrl', title: LeadNoticeText.open, url }],
    },
  };
}

/** The email: a link and a time, nothing a young person said, not even the kind of worry. */
export function leadConcernEmail(notice: NoticeOfConcern, url: string): { subject: string; text: string } {
  return {
    subject: LeadNoticeText.emailSubject,
    text: [
      'Hello,',
      '',
      `A new safeguarding concern was raised through Outcomes Bot at ${when.format(notice.raisedAt)}.`,
      'Please sign in to read it and record what you do:',
      url,
      '',
      'For privacy, this email holds nothing the young person said.',
    ].join('\n'),
  };
}

/**
 * Tells every safeguarding lead about a new concern at once: in Teams when their account is linked
 * there, and by email when SMTP is set up. A failure for one lead is logged and the others are
 * still told; the concern is in the queue whatever happens here.
 */
export function leadNotifier(deps: LeadNotifierDeps): (notice: NoticeOfConcern) => Promise<void> {
  const tell = async (lead: SafeguardingLead, notice: NoticeOfConcern): Promise<void> => {
    const url = deps.concernUrl(notice.id);
    if (deps.teams) {
      for (const conversationId of await deps.teamsLinks.teamsConversationsOfKeyWorker(lead.id)) {
        try {
          await deps.teams.send(conversationId, () => [
            { type: ActivityTypes.Message, text: LeadNoticeText.teamsMessage, attachments: [leadConcernCard(notice, url)] },
          ]);
        } catch (error) {
          deps.log.warn({ err: errorSummary(error), lead: hashId(lead.id) }, 'could not tell a safeguarding lead in Teams');
        }
      }
    }
    if (deps.mailer) {
      try {
        await deps.mailer.send({ to: lead.email, ...leadConcernEmail(notice, url) });
      } catch (error) {
        deps.log.warn({ err: errorSummary(error), lead: hashId(lead.id) }, 'could not email a safeguarding lead');
      }
    }
  };
  return async (notice) => {
    const leads = await deps.concerns.leads();
    if (leads.length === 0) deps.log.warn({ concern: hashId(notice.id) }, 'a safeguarding concern was raised but the service has no safeguarding lead');
    await Promise.all(leads.map((lead) => tell(lead, notice)));
    deps.log.info({ concern: hashId(notice.id), leads: leads.length }, 'safeguarding leads told of a new concern');
  };
}
