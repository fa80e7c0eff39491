import { CardFactory, type Activity, type AdaptiveCardInvokeResponse, type Attachment, type CardAction } from 'botbuilder';
import { z } from 'zod';

export const ADAPTIVE_CARD_TYPE = CardFactory.contentTypes.adaptiveCard;
/** The Action.Execute verb of a choice button on a question card. */
export const CARD_ANSWER_VERB = 'outcomes.answer';

/** Attachment types Teams renders; anything else makes the Bot Connector refuse the whole message. */
const TEAMS_CARD_TYPES = new Set([
  ADAPTIVE_CARD_TYPE,
  'application/vnd.microsoft.card.hero',
  'application/vnd.microsoft.card.thumbnail',
  'application/vnd.microsoft.card.receipt',
  'application/vnd.microsoft.card.signin',
  'application/vnd.microsoft.card.oauth',
  'application/vnd.microsoft.card.o365connector',
  'application/vnd.microsoft.teams.card.file.info',
]);

export function teamsRenders(attachment: Attachment): boolean {
  if (TEAMS_CARD_TYPES.has(attachment.contentType)) return true;
  return attachment.contentType.startsWith('image/') && Boolean(attachment.contentUrl);
}

const questionSchema = z.looseObject({
  channelData: z.looseObject({ outcomes: z.looseObject({ step: z.string(), topic: z.string().optional() }) }),
});

const downloadsSchema = z.looseObject({
  channelData: z.looseObject({
    outcomes: z.looseObject({ downloads: z.object({ json: z.url(), html: z.url(), docx: z.url() }) }),
  }),
});

/** Labels of the download buttons, in words that suit both reading modes. */
export const DownloadLabels = { docx: 'Word document', html: 'Web page', json: 'Data file' } as const;

/** Teams ignores channelData, so the person's own copies become buttons they can press. */
function downloadsCard(activity: Partial<Activity>): Attachment | undefined {
  const parsed = downloadsSchema.safeParse(activity);
  if (!parsed.success) return undefined;
  const { downloads } = parsed.data.channelData.outcomes;
  return {
    contentType: ADAPTIVE_CARD_TYPE,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [],
      actions: (['docx', 'html', 'json'] as const).map((kind) => ({ type: 'Action.OpenUrl', title: DownloadLabels[kind], url: downloads[kind] })),
    },
  };
}

/**
 * A reply as Teams needs it: attachments Teams cannot show are converted (or left out), and a
 * question that comes with a card gets its choices as Action.Execute buttons on that card, so they
 * stay usable in the chat history where suggested actions disappear.
 */
export function forTeams(activity: Partial<Activity>, convert: (attachment: Attachment) => Attachment | readonly Attachment[] | undefined): Partial<Activity> {
  if (activity.type !== 'message') return activity;
  const downloads = downloadsCard(activity);
  if (!activity.attachments?.length && !downloads) return activity;
  const attachments = (activity.attachments ?? []).flatMap((a) => {
    const shown = teamsRenders(a) ? [a] : [convert(a) ?? []].flat();
    return shown.filter((c) => teamsRenders(c));
  });
  if (downloads) attachments.push(downloads);
  const question = questionSchema.safeParse(activity);
  const choices = activity.suggestedActions?.actions ?? [];
  if (!question.success || choices.length === 0) return { ...activity, attachments };
  const { step, topic } = question.data.channelData.outcomes;
  // A long read-back comes as several cards: the buttons go under the last, after everything is read.
  const index = attachments.map((a) => a.contentType).lastIndexOf(ADAPTIVE_CARD_TYPE);
  const card = attachments[index];
  if (!card) return { ...activity, attachments };
  const content = card.content as Record<string, unknown> & { actions?: unknown[] };
  const actions = choices.map((choice: CardAction) => ({
    type: 'Action.Execute',
    title: choice.title,
    verb: CARD_ANSWER_VERB,
    data: { step, ...(topic ? { topic } : {}), answer: String(choice.value ?? choice.title) },
  }));
  const withButtons = { ...card, content: { ...content, actions: [...(content.actions ?? []), ...actions] } };
  return { ...activity, attachments: attachments.map((a, i) => (i === index ? withButtons : a)) };
}

const cardAnswerSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.literal(CARD_ANSWER_VERB),
    data: z.looseObject({
      step: z.string().min(1).max(60),
      topic: z.string().max(100).optional(),
      answer: z.string().trim().min(1).max(200),
    }),
  }),
});

export interface CardAnswer {
  step: string;
  topic?: string;
  answer: string;
}

/** The answer a choice button carries, from an `adaptiveCard/action` invoke value; undefined if it is not one. */
export function cardAnswerOf(value: unknown): CardAnswer | undefined {
  const parsed = cardAnswerSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { step, topic, answer } = parsed.data.action.data;
  return { step, answer, ...(topic ? { topic } : {}) };
}

/**
 * An invoke response that shows a short message under the card. Teams documents `value` as a
 * string for this type; botbuilder's type only allows an object, hence the conversion.
 */
export function invokeMessage(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as unknown as Record<string, unknown> };
}

export function invokeError(statusCode: number, code: string, message: string): AdaptiveCardInvokeResponse {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}
