import type { TurnContext } from 'botbuilder';
import { asksAboutTheWorryNote } from '../src/language';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "wat worrying thing?? take that note off", at the review or anywhere: the note about a worry is
 * said plainly (what kind of worry it sounded like, and when), it stays so that an adult can check
 * all is well, and a mix-up is theirs to say to their key worker or that adult. Never "I did not
 * keep that as an answer", which answers nothing they asked.
 */

export const WorryNoteText = {
  about: 'safeguarding:note.about',
  when: 'safeguarding:note.when',
  stays: 'safeguarding:note.stays',
  mixUp: 'safeguarding:note.mixUp',
} as const;

const KINDS = ['self_harm_or_suicide', 'harm_from_others', 'sexual_abuse', 'neglect', 'bullying', 'exploitation', 'domestic_abuse', 'other'] as const;
type Kind = (typeof KINDS)[number];
const kindOf = (category: string): Kind => ((KINDS as readonly string[]).includes(category) ? (category as Kind) : 'other');

const PLACES = ['welcome', 'aboutMe', 'safe', 'hopes', 'needs', 'outcomes', 'review'] as const;
type Place = (typeof PLACES)[number];
/** The part of the chat a step id belongs to, in the words a young person knows ("outcome.when" is the plan's steps). */
function placeOf(step: string): Place {
  if (step === 'aboutMe.safe') return 'safe';
  const stage = step.split('.')[0] === 'outcome' ? 'outcomes' : step.split('.')[0];
  return (PLACES as readonly string[]).includes(stage ?? '') ? (stage as Place) : 'welcome';
}

/** Answers a question about the note when the draft has one; false (nothing said) otherwise. */
export async function answeredWorryNote(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  if (!asksAboutTheWorryNote(text)) return false;
  const flag = (await session.draft())?.flags.at(-1);
  if (!flag) return false;
  const t = session.t;
  await sayAll(context, t, [
    { key: WorryNoteText.about, vars: { kind: t(`safeguarding:note.kind.${kindOf(flag.category)}`) } },
    { key: WorryNoteText.when, vars: { when: t(`safeguarding:note.place.${placeOf(flag.step)}`) } },
    { key: WorryNoteText.stays },
    { key: WorryNoteText.mixUp },
  ]);
  return true;
}
