import { harmIsOnline, tellsOfTakingOrHurting } from '../src/language';
import type { Choice, Words } from './say';

export const SafeguardingText = {
  heard: 'safeguarding:heard',
  rightThing: 'safeguarding:rightThing',
  computer: 'safeguarding:computer',
  childline: 'safeguarding:childline',
  shout: 'safeguarding:shout',
  samaritans: 'safeguarding:samaritans',
  danger: 'safeguarding:danger',
  leadWillKnow: 'safeguarding:leadWillKnow',
  secretLead: 'safeguarding:secret.lead',
  secretNoLead: 'safeguarding:secret.noLead',
  trouble: 'safeguarding:trouble',
  notInTrouble: 'safeguarding:notInTrouble',
  notInTroubleNobodyTold: 'safeguarding:notInTroubleNobodyTold',
  okHeard: 'safeguarding:okHeard',
  bullyingHeard: 'safeguarding:bullying.heard',
  bullyingHeardOnline: 'safeguarding:bullying.heardOnline',
  bullyingHeardOther: 'safeguarding:bullying.heardOther',
  bullyingOnline: 'safeguarding:bullying.online',
  bullyingTellAdult: 'safeguarding:bullying.tellAdult',
  bullyingChildline: 'safeguarding:bullying.childline',
  bullyingMore: 'safeguarding:bullying.more',
  whereNoted: 'safeguarding:whereNoted',
  alreadyAsked: 'safeguarding:alreadyAsked',
  phones: 'safeguarding:followUp.phones',
  whoToTell: 'safeguarding:followUp.whoToTell',
  whoToTellAtSchool: 'safeguarding:followUp.whoToTellAtSchool',
  tellNamed: 'safeguarding:followUp.tellNamed',
  whoSeesLead: 'safeguarding:followUp.whoSeesLead',
  whoSeesNoLead: 'safeguarding:followUp.whoSeesNoLead',
  parentPhones: 'safeguarding:parent.phones',
  parentWhoToTell: 'safeguarding:parent.whoToTell',
  parentTellNamed: 'safeguarding:parent.tellNamed',
  reminderLead: 'safeguarding:reminder.lead',
  reminderNoLead: 'safeguarding:reminder.noLead',
  parentReminderLead: 'safeguarding:parent.reminderLead',
  parentReminderNoLead: 'safeguarding:parent.reminderNoLead',
  parentHeard: 'safeguarding:parent.heard',
  parentComputer: 'safeguarding:parent.computer',
  parentNspcc: 'safeguarding:parent.nspcc',
  parentDanger: 'safeguarding:parent.danger',
  parentLeadWillKnow: 'safeguarding:parent.leadWillKnow',
  parentGlad: 'safeguarding:parent.glad',
  parentUrgent: 'safeguarding:parent.urgent',
  parentCheckMoveOn: 'safeguarding:parent.checkMoveOn',
  parentSecretNoLead: 'safeguarding:parent.secretNoLead',
  checkQuestion: 'safeguarding:check.question',
  checkSafe: 'safeguarding:check.safe',
  checkNotSafe: 'safeguarding:check.notSafe',
  checkNotSure: 'safeguarding:check.notSure',
  checkParentQuestion: 'safeguarding:checkParent.question',
  checkParentSafe: 'safeguarding:checkParent.safe',
  checkAgain: 'safeguarding:checkAgain',
  checkMoveOn: 'safeguarding:checkMoveOn',
  glad: 'safeguarding:glad',
  urgent: 'safeguarding:urgent',
  contactQuestion: 'safeguarding:contact.question',
  contactAskDetails: 'safeguarding:contact.askDetails',
  contactNo: 'safeguarding:contact.no',
  contactThanks: 'safeguarding:contact.thanks',
  contactFine: 'safeguarding:contact.fine',
  carryOnQuestion: 'safeguarding:carryOn.question',
  carryOnAgain: 'safeguarding:carryOnAgain',
  carryOnDefault: 'safeguarding:carryOnDefault',
  carryOnYes: 'safeguarding:carryOn.yes',
  carryOnStop: 'safeguarding:carryOn.stop',
  backTo: 'safeguarding:backTo',
} as const;

export const CHECK_CHOICES: readonly Choice[] = [
  { value: 'safe', labelKey: SafeguardingText.checkSafe },
  { value: 'notSafe', labelKey: SafeguardingText.checkNotSafe },
  { value: 'notSure', labelKey: SafeguardingText.checkNotSure },
];

export const CHECK_CHOICES_PARENT: readonly Choice[] = [
  { value: 'safe', labelKey: SafeguardingText.checkParentSafe },
  { value: 'notSafe', labelKey: SafeguardingText.checkNotSafe },
  { value: 'notSure', labelKey: SafeguardingText.checkNotSure },
];

export const CARRY_ON_CHOICES: readonly Choice[] = [
  { value: 'carryOn', labelKey: SafeguardingText.carryOnYes },
  { value: 'stop', labelKey: SafeguardingText.carryOnStop },
];

export const CONTACT_CHOICES: readonly Choice[] = [{ value: 'no', labelKey: SafeguardingText.contactNo, synonyms: ['no', 'nope', 'nah', 'no thank you', 'rather not', 'id rather not'] }];

/** The words said at once after a possible disclosure by a young person: warm, no questions about details. */
export const SUPPORT_WORDS: readonly Words[] = [
  { key: SafeguardingText.heard },
  { key: SafeguardingText.rightThing },
  { key: SafeguardingText.computer },
  { key: SafeguardingText.childline },
  { key: SafeguardingText.shout },
  { key: SafeguardingText.samaritans },
  { key: SafeguardingText.danger },
];

/** For a parent or carer: the helpline for adults worried about a child, not Childline. */
export const PARENT_SUPPORT_WORDS: readonly Words[] = [
  { key: SafeguardingText.parentHeard },
  { key: SafeguardingText.parentComputer },
  { key: SafeguardingText.parentNspcc },
  { key: SafeguardingText.parentDanger },
];

/**
 * For a young person bullied or robbed by other young people: an adult they trust at school or
 * home and Childline (online chat for those who would rather not phone) first; the crisis lines
 * and 999 last, for when it is too much or they are in danger.
 */
export const BULLYING_SUPPORT_WORDS: readonly Words[] = [
  { key: SafeguardingText.bullyingHeard },
  { key: SafeguardingText.rightThing },
  { key: SafeguardingText.bullyingTellAdult },
  { key: SafeguardingText.bullyingChildline },
  { key: SafeguardingText.bullyingMore },
  { key: SafeguardingText.danger },
];

/**
 * The help lines that fit the person (a parent gets the adults' words) and the kind of harm. For
 * bullying, the words fit what was said: things taken or being hurt in person keep "nobody should
 * take your things or hurt you"; posts, group chats and messages get "screenshot, block, report"
 * before the trusted adult; name-calling and the like get neither.
 */
export function supportWordsFor(category: string, parent: boolean, message = ''): readonly Words[] {
  if (parent) return PARENT_SUPPORT_WORDS;
  if (category !== 'bullying') return SUPPORT_WORDS;
  const online = harmIsOnline(message);
  const heard = tellsOfTakingOrHurting(message) ? SafeguardingText.bullyingHeard : online ? SafeguardingText.bullyingHeardOnline : SafeguardingText.bullyingHeardOther;
  const words = BULLYING_SUPPORT_WORDS.map((w) => (w.key === SafeguardingText.bullyingHeard ? { key: heard } : w));
  if (!online) return words;
  const at = words.findIndex((w) => w.key === SafeguardingText.bullyingTellAdult);
  return [...words.slice(0, at), { key: SafeguardingText.bullyingOnline }, ...words.slice(at)];
}
