import type { TurnContext } from 'botbuilder';
import { speaksForThem } from '../src/domain/aboutWhom';
import { followUpQuestion } from '../src/language';
import { sayAll } from './say';
import type { JourneySession } from './session';
import { safeAdultBeforeNote } from './tellingAsked';

/*
 * "whats a safeguarding lead", "who is the safeguarding lead", typed before any note was made: a short
 * true answer (a person at the service whose job is keeping young people safe, who sees a note from
 * this chat only when a worry is told), then the open question again. Never kept as an answer. The
 * words are the same as for "who is the safe adult" (tellingAsked.ts). Once a note is made, the answer
 * after the safety words says more (safeguardingWorries.ts).
 */

/** True, with the answer said, when the message asks who the safeguarding lead is and no note was made. */
export async function answeredLeadAskedBeforeNote(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  if (text.length > 200 || followUpQuestion(text) !== 'whoIsLead') return false;
  const draft = await session.draft();
  if ((draft?.flags.length ?? 0) > 0) return false;
  const parent = draft ? speaksForThem(draft.youngPerson) : false;
  const service = session.services.safeguarding;
  const lead = service ? await service.hasLead().catch(() => false) : false;
  await sayAll(context, session.t, [safeAdultBeforeNote({ lead, parent })]);
  return true;
}
