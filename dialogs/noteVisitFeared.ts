import type { TurnContext } from 'botbuilder';
import { safeguardingInChat, takesTheNoteBack, withoutTheNoteQuestion } from '../src/language';
import { fearsAVisit } from '../src/language/visitFeared';
import { markedAsMixUp, WorryNoteText } from './worryNote';
import { sayAll } from './say';
import { speaksForThem } from './aboutWhom';
import type { JourneySession } from './session';

/*
 * "please delete that note. i am scared now social worker come to my house. we are good family", after the one note
 * was made by a misreading: it is marked a mix-up as other take-backs are, and they hear kindly that the note says
 * so and that nobody is sent to the house by this chat. With several notes, the usual "which one?" is asked instead.
 */

export const NoteVisitText = { noVisit: 'safeguarding:note.noVisit' } as const;

export async function answeredNoteVisitFeared(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  const draft = await session.draft();
  const flags = draft?.flags ?? [];
  const open = flags.filter((flag) => !flag.takenBackAt);
  if (open.length !== 1 || !fearsAVisit(text) || !takesTheNoteBack(text)) return false;
  // "... and then he will beat me", "his dad pushed him": harm told beside the fear is read, never marked away.
  if (safeguardingInChat(withoutTheNoteQuestion(text), { parent: speaksForThem(draft) }).action !== 'none') return false;
  await markedAsMixUp(session, flags, text);
  await sayAll(context, session.t, [{ key: WorryNoteText.markedMixUp }, { key: NoteVisitText.noVisit }]);
  return true;
}
