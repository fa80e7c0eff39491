import type { TurnContext } from 'botbuilder';
import { summaryItems } from '../src/domain/draftSummary';
import { asksWhatWasKeptAbout, topicWords } from '../src/language/keptAboutAsked';
import { sayAll, type Words } from './say';
import type { JourneySession } from './session';

/*
 * Later in the chat, after a worry about money was noted: "did u keep the one about money?". A short true answer: what
 * the plan holds about money (quoted) or that it holds nothing, and, when a note was made, that the note is kept for
 * the lead and is not in the plan. Then the open question again; never kept as an answer.
 */

export const KeptAboutText = {
  planHolds: 'safeguarding:keptAbout.planHolds',
  planNone: 'safeguarding:keptAbout.planNone',
  noteLead: 'safeguarding:keptAbout.noteLead',
  noteNoLead: 'safeguarding:keptAbout.noteNoLead',
} as const;

/** Whether the message asked what was kept about a topic and was answered. */
export async function answeredKeptAbout(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  const about = asksWhatWasKeptAbout(text);
  if (!about) return false;
  const draft = await session.draft();
  if (!draft) return false;
  const words = topicWords(about);
  const held = summaryItems(draft).filter((item) => words.test(item.text)).map((item) => `"${item.text}"`);
  const asked = about.replace(/^my\s+/, 'your ');
  const notes = draft.flags.some((f) => !f.takenBackAt);
  const lead = notes ? ((await session.services.safeguarding?.hasLead().catch(() => false)) ?? false) : false;
  const answer: Words[] = [
    held.length > 0 ? { key: KeptAboutText.planHolds, vars: { about: asked, items: held.slice(0, 3).join(', ') } } : { key: KeptAboutText.planNone, vars: { about: asked } },
    ...(notes ? [{ key: lead ? KeptAboutText.noteLead : KeptAboutText.noteNoLead }] : []),
  ];
  await sayAll(context, session.t, answer);
  return true;
}
