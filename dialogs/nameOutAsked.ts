import type { TurnContext } from 'botbuilder';
import { capitalisedInPlan, withoutName } from '../src/domain/nameOut';
import { couldBeAName } from '../src/language/nameIsPerson';
import { mentionsPhoneLookedAt, readChatSeenBy, readNameOut } from '../src/language/nameOut';
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
  phoneSees: 'common:nameOut.phoneSees',
  phoneTip: 'common:nameOut.phoneTip',
} as const;

const capital = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Whether the whole message asked to keep someone out of the plan, or who sees it (then answered). */
export async function answeredNameOut(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  const partners = session.journey.partnerNames ?? [];
  const asker = readChatSeenBy(text);
  // Only a worry about someone using their phone, or a partner named earlier: "can karen see it" is the plan's audience question.
  const seenBy = asker && (mentionsPhoneLookedAt(text) || asker.startsWith('your ') || partners.includes(asker) || ((asker === 'him' || asker === 'her') && partners.length > 0)) ? asker : undefined;
  const asked = readNameOut(text);
  if (!asked && !seenBy) return false;
  const draft = await session.draft();
  const notes = (draft?.flags.length ?? 0) > 0;
  // A person is one the note names ("my cousin zain"), or one the plan writes with a capital as a name; never an everyday word.
  const noteNames = (session.journey.flaggedMatters ?? []).flatMap((m) => m.names ?? []);
  const person = (word: string): boolean => couldBeAName(word) && (noteNames.includes(word.toLowerCase()) || (draft ? capitalisedInPlan(draft, word) : false));
  // "will jay see this? he looks at my fone": the honest answer (this chat is on the phone), a safety tip, and, when the
  // plan or the note names them, the offer to take the name out (the same "take zain out" as above).
  // A partner named earlier ("my boyfriend jay") counts as a person wherever the plan holds the name, capital or not.
  const inPlan = (n: string): boolean => person(n) || (Boolean(draft) && (session.journey.partnerNames ?? []).includes(n.toLowerCase()) && withoutName(draft!, n).changed > 0);
  if (seenBy) {
    const named = /^(?:him|her|your\s)/.test(seenBy) ? (session.journey.partnerNames ?? []).find(inPlan) : inPlan(seenBy) ? seenBy : undefined;
    await sayAll(context, session.t, [{ key: NameOutText.phoneSees }, { key: NameOutText.phoneTip }, ...(named ? [{ key: NameOutText.seesOffer, vars: { name: capital(named) } }] : [])]);
    return true;
  }
  if (!asked) return false;
  if ('sees' in asked) {
    // Only after a note: before one ("i dont want teachers to see it" at the consent) the step's own answer says who sees what.
    if (!notes || (asked.name && !person(asked.name))) return false;
    await sayAll(context, session.t, [{ key: NameOutText.sees }, ...(asked.name ? [{ key: NameOutText.seesOffer, vars: { name: capital(asked.name) } }] : [])]);
    return true;
  }
  // Only after a note is a name taken out, and only a person's: "take maths out of my plan" is left to the usual ways of changing it.
  if (!notes || (asked.name && !inPlan(asked.name))) return false;
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
