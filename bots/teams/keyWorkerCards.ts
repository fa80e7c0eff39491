import { shortDate } from '../../src/domain/dates';
import type { AdaptiveCardInvokeResponse, Attachment } from 'botbuilder';
import { z } from 'zod';
import type { Draft } from '../../src/domain/draft';
import { STATUS_LABEL } from '../../src/review/labels';
import { escapeMarkdown } from '../../src/security/escape';
import { showInvisibleControls } from '../../src/security/visibleControls';
import { ADAPTIVE_CARD_TYPE } from './teamsCards';

/** Action.Execute verbs of a key worker's draft card (Universal Actions). */
export const KeyWorkerVerb = {
  refresh: 'outcomes.keyWorker.refresh',
  agree: 'outcomes.keyWorker.agree',
  requestChanges: 'outcomes.keyWorker.requestChanges',
} as const;
export type KeyWorkerVerb = (typeof KeyWorkerVerb)[keyof typeof KeyWorkerVerb];

export const ButtonText = {
  open: 'Open on the review site',
  agree: 'Agree',
  requestChanges: 'Request changes',
  send: 'Send request',
  commentLabel: 'What should change? The young person will read this.',
} as const;

const draftIdSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/);

/** `basis` is the draft version the card showed: an action on an older version changes nothing. */
const keyWorkerActionSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.enum([KeyWorkerVerb.refresh, KeyWorkerVerb.agree, KeyWorkerVerb.requestChanges]),
    data: z.looseObject({
      draftId: draftIdSchema,
      basis: z.number().int().nonnegative().optional(),
      // Teams puts the card's inputs beside the data; an empty box arrives as "".
      comment: z.string().max(2000).optional(),
    }),
  }),
});

export interface KeyWorkerAction {
  verb: KeyWorkerVerb;
  draftId: string;
  basis?: number;
  comment?: string;
}

/** The key worker card action in an `adaptiveCard/action` invoke value; undefined if it is not one. */
export function keyWorkerActionOf(value: unknown): KeyWorkerAction | undefined {
  const parsed = keyWorkerActionSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { verb, data } = parsed.data.action;
  const comment = data.comment?.trim();
  return { verb, draftId: data.draftId, ...(data.basis === undefined ? {} : { basis: data.basis }), ...(comment ? { comment } : {}) };
}

/** Whether an invoke value names one of the key worker verbs at all (well formed or not). */
export function namesKeyWorkerVerb(value: unknown): boolean {
  const verb = z.object({ action: z.looseObject({ verb: z.string() }) }).safeParse(value);
  return verb.success && verb.data.action.verb.startsWith('outcomes.keyWorker.');
}


type Element = Record<string, unknown>;

const card = (body: Element[], extra: Element = {}): Attachment => ({
  contentType: ADAPTIVE_CARD_TYPE,
  // 1.5: Universal Actions need 1.4 or later, and Teams renders up to 1.5.
  content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, ...extra },
});

const noticeBlock = (text: string): Element => ({ type: 'TextBlock', text, wrap: true, weight: 'Bolder', color: 'Accent', spacing: 'Medium' });

export interface DraftCardInput {
  draft: Draft;
  version: number;
  /** The review site's page for this draft (absolute). */
  reviewUrl: string;
  /** The Teams user id (29:...) of the key worker, so Teams refreshes the card for them. */
  teamsUserId?: string;
  notice?: string;
}

/**
 * A shared draft as a key worker sees it in Teams: who, status, a few counts, and the three
 * actions. The card refreshes itself when shown (`refresh`), so an old card in the chat history
 * shows the draft's current status.
 */
export function keyWorkerDraftCard(input: DraftCardInput): Attachment {
  const { draft, version } = input;
  const id = { draftId: draft.id, basis: version };
  const name = draft.youngPerson.name ? escapeMarkdown(showInvisibleControls(draft.youngPerson.name)) : 'A young person';
  const openComments = draft.comments.filter((c) => !c.resolved).length;
  const actions: Element[] = [{ type: 'Action.OpenUrl', title: ButtonText.open, url: input.reviewUrl }];
  if (draft.status !== 'agreed') {
    actions.push({ type: 'Action.Execute', title: ButtonText.agree, verb: KeyWorkerVerb.agree, data: id, associatedInputs: 'none' });
  }
  actions.push({
    type: 'Action.ShowCard',
    title: ButtonText.requestChanges,
    card: {
      type: 'AdaptiveCard',
      body: [{ type: 'Input.Text', id: 'comment', label: ButtonText.commentLabel, isMultiline: true, isRequired: true, maxLength: 2000, errorMessage: 'Please write what should change.' }],
      actions: [{ type: 'Action.Execute', title: ButtonText.send, verb: KeyWorkerVerb.requestChanges, data: id }],
    },
  });
  const body: Element[] = [
    ...(input.notice ? [noticeBlock(input.notice)] : []),
    { type: 'TextBlock', text: `${name}'s draft`, weight: 'Bolder', size: 'Medium', wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: 'Status', value: STATUS_LABEL[draft.status] },
        { title: 'Outcomes', value: String(draft.outcomes.length) },
        { title: 'Open comments', value: String(openComments) },
        { title: 'Last changed', value: shortDate(draft.updatedAt) },
      ],
    },
    ...(draft.flags.length > 0 ? [{ type: 'TextBlock', text: 'This draft has a safeguarding flag. Open it on the review site.', wrap: true, color: 'Attention' }] : []),
  ];
  const refresh = {
    action: { type: 'Action.Execute', verb: KeyWorkerVerb.refresh, data: id },
    ...(input.teamsUserId ? { userIds: [input.teamsUserId] } : {}),
  };
  return card(body, { actions, refresh });
}

/** A card with only a message and no buttons: replaces a card whose draft can no longer be acted on. */
export function keyWorkerNoticeCard(text: string): Attachment {
  return card([noticeBlock(text)]);
}

/** The invoke response Teams documents for Universal Actions: the card that replaces the old one. */
export function invokeCard(attachment: Attachment): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD_TYPE, value: attachment.content as Record<string, unknown> };
}
