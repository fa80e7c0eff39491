import type { Translate } from '../src/i18n';

/*
 * A supporter (a support worker, a professional) chatting about a young person is an adult who
 * may need to act, as a parent is, but the young person is not their child: "your child's teacher"
 * and "Are you and your child safe?" do not fit. Their sentences say "their teacher", "the young
 * person", and point to their own service's safeguarding steps. Every message goes through the
 * session's translator, so the twin is picked there, whichever dialog speaks.
 */
const SUPPORTER_TWIN: Readonly<Record<string, string>> = {
  'safeguarding:parent.tellSchool': 'safeguarding:supporter.tellSchool',
  'safeguarding:parent.whoToTell': 'safeguarding:supporter.whoToTell',
  'safeguarding:parent.contactQuestion': 'safeguarding:supporter.contactQuestion',
  'safeguarding:parent.contactAskDetails': 'safeguarding:supporter.contactAskDetails',
  'safeguarding:parent.checkMoveOn': 'safeguarding:supporter.checkMoveOn',
  'safeguarding:parent.bullying.tellSchool': 'safeguarding:supporter.bullyingTellSchool',
  'safeguarding:parent.selfInjury.who': 'safeguarding:supporter.selfInjuryWho',
  'safeguarding:parent.selfInjury.whoAtSchool': 'safeguarding:supporter.selfInjuryWhoAtSchool',
  'safeguarding:parent.selfInjury.whoYoung': 'safeguarding:supporter.selfInjuryWhoYoung',
  // "If they are badly hurt": the words for a young adult's parent fit a supporter of any age.
  'safeguarding:parent.selfInjury.danger': 'safeguarding:parent.selfInjury.dangerForAdult',
  'safeguarding:checkParent.question': 'safeguarding:supporter.checkQuestion',
  'safeguarding:gentle.parent.glad': 'safeguarding:supporter.gentleGlad',
  'safeguarding:gentle.parent.moveOn': 'safeguarding:supporter.gentleMoveOn',
};

/** The content keys that have a twin for supporters (for the content tests). */
export const SUPPORTER_TWINS: ReadonlyArray<readonly [string, string]> = Object.entries(SUPPORTER_TWIN);

const forSupporters = new WeakMap<Translate, Translate>();

/** A translator that says each sentence in its words for a supporter, where it has them. */
export function forASupporter(t: Translate): Translate {
  let supporter = forSupporters.get(t);
  if (supporter === undefined) {
    supporter = (key, vars) => t(SUPPORTER_TWIN[key] ?? key, vars);
    forSupporters.set(t, supporter);
  }
  return supporter;
}
