import type { Activity, TurnContext } from 'botbuilder';
import type { Draft } from '../src/domain/draft';
import { downloadLinksText } from './downloadLinks';
import { DRAFT_CONTENT_TYPE } from './ids';
import { AudienceText } from './reviewAudience';
import { ReviewText as T } from './reviewText';
import type { JourneySession } from './session';

/** Absolute links to the person's own copies of their draft (from the export routes). */
export type DownloadsFor = (draft: Draft) => Promise<{ json: string; html: string; docx: string }>;

/**
 * "Your draft is ready": the draft itself, links to its copies, how to come back, and, with no key
 * worker code yet, that one can be typed at any time to link the plan.
 */
export async function sendDone(context: TurnContext, session: JourneySession, draft: Draft | undefined, activity: Partial<Activity>, downloadsFor?: DownloadsFor, comeBackTold = false): Promise<void> {
  const downloads = downloadsFor && draft ? await downloadsFor(draft) : undefined;
  const t = session.t;
  const code = draft?.keyWorker?.invitationCode ? [] : [t(AudienceText.codeAnyTime)];
  const lines = [...(downloads ? [t(T.doneDownloads), downloadLinksText(downloads, t)] : [t(T.doneNoDownloads)]), ...code, ...(comeBackTold ? [] : [t(T.doneComeBack)])];
  const text = [activity.text ?? '', ...lines].join('\n\n');
  const speak = [activity.text ?? '', ...lines.filter((line) => !line.startsWith('['))].join(' ');
  const outcomes = (activity.channelData as { outcomes: Record<string, unknown> }).outcomes;
  await context.sendActivity({
    ...activity,
    text,
    speak,
    ...(draft ? { attachments: [{ contentType: DRAFT_CONTENT_TYPE, content: draft, name: 'draft.json' }] } : {}),
    channelData: { outcomes: { ...outcomes, ...(downloads ? { downloads } : {}) } },
  });
}

/** Whether the bot said how to stop and come back just before this message; the note is kept for one message only. */
export async function comeBackToldBefore(session: JourneySession): Promise<boolean> {
  if (!session.journey.comeBackTold) return false;
  await session.updateJourney(({ comeBackTold: _said, ...j }) => j);
  return true;
}
