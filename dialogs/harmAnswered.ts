import type { TurnContext } from 'botbuilder';
import { asksIfHarmIsOk } from '../src/language/harmAskedIfOk';
import { keepToldAgain } from './safeguardingSaidAfter';
import { sayAll, type Words } from './say';
import type { JourneySession } from './session';

/*
 * After a note about harm from others, bullying, domestic abuse or neglect, a child's "is it normal
 * that he shoves me?", "is that allowed", "am i overreacting" gets a plain answer for that kind of
 * harm: no, it is not OK, it is not your fault, who they could tell. One answer a kind, with no name
 * guessed. Each such question is added to the note too (as for grooming, groomingAnswered.ts).
 */

export const HarmAnswerText = {
  harm_from_others: 'safeguarding:harmAskedIfOk.harm_from_others',
  bullying: 'safeguarding:harmAskedIfOk.bullying',
  domestic_abuse: 'safeguarding:harmAskedIfOk.domestic_abuse',
  neglect: 'safeguarding:harmAskedIfOk.neglect',
  questionNoted: 'safeguarding:harmAskedIfOk.questionNoted',
} as const;

type HarmKind = 'harm_from_others' | 'bullying' | 'domestic_abuse' | 'neglect';
const isHarmKind = (category: string | undefined): category is HarmKind => category !== undefined && Object.hasOwn(HarmAnswerText, category) && category !== 'questionNoted';

/** The keys of the plain answers, so a question answered by one is never read as "carry on". */
export const HARM_ANSWER_KEYS: ReadonlySet<string> = new Set([HarmAnswerText.harm_from_others, HarmAnswerText.bullying, HarmAnswerText.domestic_abuse, HarmAnswerText.neglect]);

/** The plain answer when a child asks if the harm of the kind noted is OK ("is it normal that he shoves me?"). */
export function harmAnswerWords(text: string, category: string | undefined, parent: boolean): Words[] {
  if (parent || !isHarmKind(category) || !asksIfHarmIsOk(text)) return [];
  return [{ key: HarmAnswerText[category] }];
}

/** The kind of the latest harm note still standing (not taken back), if the chat made one. */
export async function harmNoted(session: JourneySession): Promise<HarmKind | undefined> {
  const flags = ((await session.draft())?.flags ?? []).filter((f) => !f.takenBackAt);
  return flags.map((f) => f.category).reverse().find(isHarmKind);
}

/**
 * At a plan question after a harm note: "is it OK that my stepbrother shoves me?" is answered plainly,
 * added to the note, and the plan question asked again; never kept in the plan.
 */
export async function answeredHarmAsked(context: TurnContext, session: JourneySession, text: string, parent: boolean): Promise<boolean> {
  if (parent || !asksIfHarmIsOk(text)) return false;
  const kind = await harmNoted(session);
  if (!kind) return false;
  await keepToldAgain(session, kind, text);
  await sayAll(context, session.t, [{ key: HarmAnswerText[kind] }, { key: HarmAnswerText.questionNoted }]);
  return true;
}
