import type { Translate } from '../src/i18n';

/*
 * Sentences that tell a young person to "tell an adult you trust" have a twin for someone of 18 and
 * over, who is an adult themselves: "tell someone you trust", with help that is there for adults
 * (Samaritans rather than Childline); and a parent of a young adult is pointed to help for adults
 * at risk, not the NSPCC's child line or "their school". Every message the turn sends goes through the session's
 * translator, so the twin is picked there, once, whichever dialog speaks.
 */
const ADULT_TWIN: Readonly<Record<string, string>> = {
  'aboutMe:safe.glad': 'aboutMe:safe.gladForAdult',
  'aboutMe:safe.ratherNotSayThanks': 'aboutMe:safe.ratherNotSayThanksForAdult',
  'safeguarding:glad': 'safeguarding:gladForAdult',
  'safeguarding:urgent': 'safeguarding:urgentForAdult',
  'safeguarding:secret.noLead': 'safeguarding:secret.noLeadForAdult',
  'safeguarding:checkMoveOn': 'safeguarding:checkMoveOnForAdult',
  'safeguarding:numbers.glad': 'safeguarding:numbers.gladForAdult',
  'safeguarding:numbers.checkMoveOn': 'safeguarding:numbers.checkMoveOnForAdult',
  'safeguarding:gentle.glad': 'safeguarding:gentle.gladForAdult',
  'safeguarding:gentle.partnerGlad': 'safeguarding:gentle.partnerGladForAdult',
  'safeguarding:gentle.moveOn': 'safeguarding:gentle.moveOnForAdult',
  'safeguarding:bullying.tellAdult': 'safeguarding:bullying.tellAdultForAdult',
  'safeguarding:bullying.picturesTellAdult': 'safeguarding:bullying.picturesTellAdultForAdult',
  'safeguarding:crowd.tellTeacher': 'safeguarding:crowd.tellTeacherForAdult',
  'safeguarding:crowd.ifUnsafe': 'safeguarding:crowd.ifUnsafeForAdult',
  // Childline is for under-19s: an adult is pointed to Samaritans.
  'safeguarding:whereNoted': 'safeguarding:whereNotedForAdult',
  'safeguarding:reminder.lead': 'safeguarding:reminder.leadForAdult',
  'safeguarding:reminder.noLead': 'safeguarding:reminder.noLeadForAdult',
  'safeguarding:followUp.phones': 'safeguarding:followUp.phonesForAdult',
  'safeguarding:noVoice.childline': 'safeguarding:noVoice.childlineForAdult',
  'help:safeguarding': 'help:safeguardingForAdult',
  'commands:person.childline': 'commands:person.childlineForAdult',
  'safeguarding:followUp.whoToTell': 'safeguarding:followUp.whoToTellForAdult',
  'safeguarding:followUp.whoToTellAtSchool': 'safeguarding:followUp.whoToTellAtSchoolForAdult',
  'commands:person.keyWorker': 'commands:person.keyWorkerForAdult',
  // A parent or carer of a young adult: help for adults at risk, not the NSPCC or "their school".
  'safeguarding:parent.nspcc': 'safeguarding:parent.nspccForAdult',
  'safeguarding:parent.tellSchool': 'safeguarding:parent.tellSchoolForAdult',
  'safeguarding:parent.bullying.tellSchool': 'safeguarding:parent.bullying.tellSchoolForAdult',
  'safeguarding:parent.exploitation.tell': 'safeguarding:parent.exploitation.tellForAdult',
  'safeguarding:parent.exploitation.tellMore': 'safeguarding:parent.exploitation.tellMoreForAdult',
  'safeguarding:parent.selfInjury.heard': 'safeguarding:parent.selfInjury.heardForAdult',
  'safeguarding:parent.selfInjury.who': 'safeguarding:parent.selfInjury.whoForAdult',
  'safeguarding:parent.selfInjury.whoAtSchool': 'safeguarding:parent.selfInjury.whoForAdult',
  'safeguarding:parent.selfInjury.whoYoung': 'safeguarding:parent.selfInjury.whoForAdult',
  'safeguarding:parent.selfInjury.danger': 'safeguarding:parent.selfInjury.dangerForAdult',
  'safeguarding:parent.danger': 'safeguarding:parent.dangerForAdult',
  'safeguarding:parent.urgent': 'safeguarding:parent.urgentForAdult',
  'safeguarding:parent.checkMoveOn': 'safeguarding:parent.checkMoveOnForAdult',
  'safeguarding:parent.phones': 'safeguarding:parent.phonesForAdult',
  'safeguarding:parent.whoToTell': 'safeguarding:parent.whoToTellForAdult',
  'safeguarding:parent.whoToTellLead': 'safeguarding:parent.whoToTellForAdult',
  // An adult's note is read by the service's safeguarding lead, not "an adult".
  'safeguarding:everydayInjury.thanks': 'safeguarding:everydayInjury.thanksForAdult',
  'safeguarding:note.stays': 'safeguarding:note.staysForAdult',
  'safeguarding:note.mixUp': 'safeguarding:note.mixUpForAdult',
  'safeguarding:parent.tellNamed': 'safeguarding:parent.tellNamedForAdult',
  'safeguarding:parent.reminderNoLead': 'safeguarding:parent.reminderNoLeadForAdult',
  'safeguarding:gentle.parent.glad': 'safeguarding:gentle.parent.gladForAdult',
  'safeguarding:gentle.parent.moveOn': 'safeguarding:gentle.parent.moveOnForAdult',
  'commands:person.keyWorkerParent': 'commands:person.keyWorkerParentForAdult',
  'commands:person.nspcc': 'commands:person.nspccForAdult',
  // Examples that fit an adult's life: work and a home of their own, not a Saturday job or emailing the school.
  'outcome:makesPossible.question': 'outcome:makesPossible.questionForAdult',
  'outcome:notSure.makesPossible': 'outcome:notSure.makesPossibleForAdult',
  'help:makesPossible': 'help:makesPossibleForAdult',
  'common:chatTalk.howShared': 'common:chatTalk.howSharedForAdult',
};

/** The content keys that have a twin for adults (for the content tests). */
export const ADULT_TWINS: ReadonlyArray<readonly [string, string]> = Object.entries(ADULT_TWIN);

/** Each register's translator for adults, made once: the session asks for it every time it speaks. */
const forAdults = new WeakMap<Translate, Translate>();

/** A translator that says each sentence in its words for an adult, where it has them. */
export function forAnAdult(t: Translate): Translate {
  let adult = forAdults.get(t);
  if (adult === undefined) {
    adult = (key, vars) => t(ADULT_TWIN[key] ?? key, vars);
    forAdults.set(t, adult);
  }
  return adult;
}
