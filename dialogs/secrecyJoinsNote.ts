import type { TurnContext } from 'botbuilder';
import { isAdult } from '../src/domain/lifeStage';
import { tellsOfControlAside, withoutControlAside } from '../src/language/controlAside';
import { keepToldAgain } from './safeguardingSaidAfter';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "someone to help me fill in the forms. without craig knowing tbh" after a worry at home was noted: wanting help kept
 * from someone at home is more about that worry. The aside joins the note (short word: it will not go in the plan),
 * never the plan; the words beside it answer the question. Before any such note the gentle check asks after it
 * (turnConcern.ts).
 */

export const SecrecyNoteText = { added: 'safeguarding:moreHeard.asideNoted' } as const;

/** Notes a control or secrecy aside may join: a worry at home or someone harming them. */
export const HOME_NOTE_KINDS: ReadonlySet<string> = new Set(['domestic_abuse', 'harm_from_others']);

/**
 * The words left to answer the question ('' when none), or undefined when the message holds no such aside or no
 * note about home was made.
 */
export async function asideAddedToHomeNote(context: TurnContext, session: JourneySession, text: string): Promise<string | undefined> {
  const draft = await session.draft();
  if (!draft || !isAdult(draft.youngPerson) || !tellsOfControlAside(text, true)) return undefined;
  const note = [...draft.flags].reverse().find((f) => HOME_NOTE_KINDS.has(f.category));
  if (!note) return undefined;
  await keepToldAgain(session, note.category, text);
  await sayAll(context, session.t, [{ key: SecrecyNoteText.added }]);
  return withoutControlAside(text, true)?.replace(/[\s.]+$/, '') ?? '';
}
