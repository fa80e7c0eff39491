import type { TurnContext } from 'botbuilder';
import { tellsOfArguingAtHome } from '../src/language/arguingAtHome';
import { keepToldAgain } from './safeguardingSaidAfter';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "its just them arguing. i put my headphones in" at a plan question, after a worry about home was
 * noted: more about that worry. It is added to the note (what the safeguarding lead reads), thanked
 * kindly, never kept as an answer, never read as bullying or a worry about school; the question is
 * asked again. Before any note about home it is read as any other answer.
 */

export const HomeNoteText = {
  addedLead: 'safeguarding:moreHeard.homeLead',
  addedNoLead: 'safeguarding:moreHeard.homeNoLead',
  /** "im ok. i just stay in my room when he starts" at "Are you safe now?": heard, never "glad you are safe". */
  hiding: 'safeguarding:moreHeard.hiding',
  awayNow: 'safeguarding:moreHeard.awayNow',
} as const;

/** Whether the message was more about a worry at home already noted (then it was added and thanked). */
export async function addedToHomeNote(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  if (!tellsOfArguingAtHome(text)) return false;
  const draft = await session.draft();
  if (!draft?.flags.some((f) => f.category === 'domestic_abuse')) return false;
  await keepToldAgain(session, 'domestic_abuse', text);
  const lead = (await session.services.safeguarding?.hasLead().catch(() => false)) ?? false;
  await sayAll(context, session.t, [{ key: lead ? HomeNoteText.addedLead : HomeNoteText.addedNoLead }]);
  return true;
}
