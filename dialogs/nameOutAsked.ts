import type { TurnContext } from 'botbuilder';
import { capitalisedInPlan, withoutName } from '../src/domain/nameOut';
import { couldBeAName } from '../src/language/nameIsPerson';
import { readNameOut } from '../src/language/nameOut';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "i dont want zain in it", "take his name out": the name is taken out of every answer kept in the
 * plan, and they are told so plainly; the note for the adults who keep people safe keeps it. "i dont
 * want zain to see it if mum prints it": who sees the plan, that any words can come out, and how.
 */

export const NameOutText = {
  done: 'common:nameOut.done',
  notIn: 'common:nameOut.notIn',
  noteKeeps: 'common:nameOut.noteKeeps',
  which: 'common:nameOut.which',
  sees: 'common:nameOut.sees',
  seesOffer: 'common:nameOut.seesOffer',
} as const;

const capital = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Whether the whole message asked to keep someone out of the plan, or who sees it (then answered). */
export async function answeredNameOut(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  const asked = readNameOut(text);
  if (!asked) return false;
  const draft = await session.draft();
  const notes = (draft?.flags.length ?? 0) > 0;
  // A person is one the note names ("my cousin zain"), or one the plan writes with a capital as a name; never an everyday word.
  const noteNames = (session.journey.flaggedMatters ?? []).flatMap((m) => m.names ?? []);
  const person = (word: string): boolean => couldBeAName(word) && (noteNames.includes(word.toLowerCase()) || (draft ? capitalisedInPlan(draft, word) : false));
  if ('sees' in asked) {
    // Only after a note: before one ("i dont want teachers to see it" at the consent) the step's own answer says who sees what.
    if (!notes || (asked.name && !person(asked.name))) return false;
    await sayAll(context, session.t, [{ key: NameOutText.sees }, ...(asked.name ? [{ key: NameOutText.seesOffer, vars: { name: capital(asked.name) } }] : [])]);
    return true;
  }
  // Only after a note is a name taken out, and only a person's: "take maths out of my plan" is left to the usual ways of changing it.
  if (!notes || (asked.name && !person(asked.name))) return false;
  // "take his name out": whose name is not said, so it is asked for; nothing is guessed.
  if (!asked.name || !draft) {
    await sayAll(context, session.t, [{ key: NameOutText.which }]);
    return true;
  }
  const name = capital(asked.name);
  const { changed } = withoutName(draft, asked.name);
  if (changed > 0) await session.updateDraft('name taken out of the plan', (d) => withoutName(d, asked.name!).draft);
  await sayAll(context, session.t, [{ key: changed > 0 ? NameOutText.done : NameOutText.notIn, vars: { name } }, ...(notes ? [{ key: NameOutText.noteKeeps }] : [])]);
  return true;
}
