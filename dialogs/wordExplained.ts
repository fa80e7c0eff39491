import { isPlanTerm, type BotTerm, type EverydayTerm, type JargonTerm, type PlanTerm } from '../src/language/wordAsked';
import { speaksForThem } from './aboutWhom';
import { isYoungChild } from './help';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * "What is an outcome exactly?": the bot's word explained for who is chatting and the young
 * person's age. A 16-year-old, or the parent of a teenager, never hears a small child's example.
 */

type Audience = 'child' | 'young' | 'parent' | 'parentOlder';

export const WordMeaningText: Readonly<Record<PlanTerm, Readonly<Record<Audience, string>>>> = {
  outcome: { child: 'common:wordMeaning.outcome.child', young: 'common:wordMeaning.outcome.young', parent: 'common:wordMeaning.outcome.parent', parentOlder: 'common:wordMeaning.outcome.parentOlder' },
  hope: { child: 'common:wordMeaning.hope.child', young: 'common:wordMeaning.hope.young', parent: 'common:wordMeaning.hope.parent', parentOlder: 'common:wordMeaning.hope.parentOlder' },
  measure: { child: 'common:wordMeaning.measure.child', young: 'common:wordMeaning.measure.young', parent: 'common:wordMeaning.measure.parent', parentOlder: 'common:wordMeaning.measure.parentOlder' },
  need: { child: 'common:wordMeaning.need.child', young: 'common:wordMeaning.need.young', parent: 'common:wordMeaning.need.parent', parentOlder: 'common:wordMeaning.need.parentOlder' },
  provision: { child: 'common:wordMeaning.provision.child', young: 'common:wordMeaning.provision.young', parent: 'common:wordMeaning.provision.parent', parentOlder: 'common:wordMeaning.provision.parentOlder' },
  step: { child: 'common:wordMeaning.step.child', young: 'common:wordMeaning.step.young', parent: 'common:wordMeaning.step.parent', parentOlder: 'common:wordMeaning.step.parentOlder' },
  target: { child: 'common:wordMeaning.target.child', young: 'common:wordMeaning.target.young', parent: 'common:wordMeaning.target.parent', parentOlder: 'common:wordMeaning.target.parentOlder' },
};

/** Everyday words of the theme and needs questions: one line, the same for everyone. */
export const EverydayWordText: Readonly<Record<EverydayTerm | JargonTerm, string>> = {
  partner: 'common:everydayWord.partner',
  worksWell: 'common:everydayWord.worksWell',
  relationship: 'common:everydayWord.relationship',
  localArea: 'common:everydayWord.localArea',
  wellbeing: 'common:everydayWord.wellbeing',
  training: 'common:everydayWord.training',
  manage: 'common:everydayWord.manage',
  independent: 'common:everydayWord.independent',
  // Words of plans and meetings: "whats SALT", "what does EHCP stand for".
  salt: 'common:everydayWord.salt',
  ta: 'common:everydayWord.ta',
  senco: 'common:everydayWord.senco',
  ehcp: 'common:everydayWord.ehcp',
  ot: 'common:everydayWord.ot',
  camhs: 'common:everydayWord.camhs',
  localOffer: 'common:everydayWord.localOffer',
  easyRead: 'common:everydayWord.easyRead',
  travelTraining: 'common:everydayWord.travelTraining',
};

/** The explanation of `term` for the person chatting; an age not yet known gets the older examples. */
export async function wordExplained(session: JourneySession, term: BotTerm): Promise<Words> {
  if (!isPlanTerm(term)) return { key: EverydayWordText[term] };
  const draft = await session.draft();
  const young = isYoungChild(draft?.youngPerson);
  const audience: Audience = speaksForThem(draft) ? (young ? 'parent' : 'parentOlder') : young ? 'child' : 'young';
  return { key: WordMeaningText[term][audience] };
}
