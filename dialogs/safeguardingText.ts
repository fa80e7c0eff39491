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
