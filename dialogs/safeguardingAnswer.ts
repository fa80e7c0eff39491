import { concernByRules, tellsOfMoneyTaken, tellsOfMoneyNotPaidBack, describesChildsSelfInjury, harmIsOnline, harmIsOnlyOnline, notInTheChat, tellsOfPicturesShared, placeOfHarm, saysPhonesAreHard, cannotMakeVoiceCalls, tellsOfControlOverMoney, tellsOfCrowdedPushing, tellsOfTakingOrHurting, tellsOfMockingOnly, talksOfOwnDeath, unsafeOnTheWayOnly } from '../src/language';
import { childlineIsForThem, isAdult } from '../src/domain/lifeStage';
import type { Draft, YoungPerson } from '../src/domain/draft';
import { Step, type StepId } from './ids';
import type { Words } from './say';
import type { NeedPlace } from './safeguardingNeed';
import { SafeguardingText as S } from './safeguardingText';
import { namesTheirCarers, tellsOfMedicineMissed } from '../src/language/careByStaff';
import { tellsOfCardHeldByOthers, tellsOfMateCrime } from '../src/language/mateCrime';
import { cardHeldAnswer, childlineFor, type CardHeldHearer } from './cardHeldAnswer';
import { cuckooSignsOf } from '../src/language/cuckooSigns';
import { tellsOfOlderOnesErrands } from '../src/language/olderOnesErrands';
import { firstWordsFor, meetingHelp, picturesHelp } from './safeguardingFirstWords';
import { olderPartnerHelp } from './olderPartnerAnswer';
import { tellsOfParentSubstanceMisuse } from '../src/language/parentSubstance';
import { EXPLOITED_LINES, EXPLOITED_WORDS, forCarerOfExploited } from './exploitationAnswer';

/*
 * The words said at once after a possible disclosure, chosen by who hears them, the young person's
 * age and the kind of harm. Every answer is warm and names Childline (0800 1111), Shout (85258) and
 * 999 as the design requires, saying truly who each line is for: Childline takes calls from
 * under-19s, so a parent hears it as the line for children and an adult of 18 or more is told who it
 * is for, after the lines for adults and their own adult social care. A parent talking of ending
 * their own life hears the lines for themselves first. An adult (18 or more) or a parent told of domestic abuse also hears the
 * National Domestic Abuse Helpline (0808 2000 247). Words that differ for someone of 18 or more ("someone you trust") are
 * picked by the session's translator (forAnAdult.ts); this module picks the sentences.
 */

/** Who hears the answer, and what they told. */
export interface Hearer extends Pick<CardHeldHearer, 'keyWorker'> {
  /** A parent, carer or supporter chatting about the young person. */
  parent: boolean;
  person?: Pick<YoungPerson, 'age' | 'schoolYear' | 'education'>;
  /** The service has a safeguarding lead, who will be told. */
  lead: boolean;
  /** The question the disclosure interrupted. */
  step?: StepId;
  /** They said phone calls are hard for them: a line to text comes before any line to phone. */
  phonesHard?: boolean;
  /** They are deaf or said they cannot use a phone to talk: only ways that need no voice call. */
  noVoice?: boolean;
  /** They asked that the help lines not be said again ("i know the numbers"). */
  numbersDeclined?: boolean;
}

export interface SafeguardingAnswer {
  words: Words[];
  /** The message is also a need for the plan: kept as the answer to the needs question it interrupted. */
  keepAsNeed: boolean;
}

/** Needs questions where a description of the child's ways is the answer asked for. */
const NEEDS_STEPS: ReadonlySet<string> = new Set([Step.needsBarrier, Step.needsMore]);

/** The crisis lines for a young person under 18: Childline first, for them. */
const CHILD_LINES: readonly Words[] = [{ key: S.childline }, { key: S.shout }, { key: S.samaritans }, { key: S.danger }];
/** For 18 and over: the lines for adults and their own adult social care (the service's manager or a social worker when staff or carers are the worry), then who Childline is for (named in every answer; from 19 as a line for younger people), then 999. */
const adultLines = (person: Hearer['person'], carers: boolean): Words[] => [{ key: S.samaritans }, { key: S.shout }, { key: S.nhs111 }, { key: carers ? S.managerOrSocialWorker : S.adultSocialCare }, childlineFor(person), { key: S.danger }];
/** For a parent or carer: the line for adults worried about a child, Childline said as the line for under-19s, help for the parent, 999. */
export const PARENT_LINES: readonly Words[] = [{ key: S.parentComputer }, { key: S.parentNspcc }, { key: S.parentChildline }, { key: S.parentShout }, { key: S.parentDanger }];
/** A parent or carer talking of ending their own life: the lines for them, as for any adult; Childline is not theirs. */
const PARENTS_OWN_LINES: readonly Words[] = [{ key: S.computer }, { key: S.samaritans }, { key: S.shout }, { key: S.nhs111 }, { key: S.parentChildline }, { key: S.danger }];
/** An adult told of domestic abuse also gets the National Domestic Abuse Helpline (Refuge), first, beside the lines they get anyway. */
const DOMESTIC_ABUSE_LINE: Words = { key: S.domesticAbuseLine };
const withDomesticAbuseLine = (category: string, lines: readonly Words[], after = 0): Words[] =>
  category === 'domestic_abuse' ? [...lines.slice(0, after), DOMESTIC_ABUSE_LINE, ...lines.slice(after)] : [...lines];

/** Harm by people around them: an adult hears who near them can help, and the police, before the lines. */
const HARM_BY_PEOPLE_AROUND: ReadonlySet<string> = new Set(['exploitation', 'harm_from_others']);

/** Whether anything they told about themselves, or the message itself, says phone calls are hard for them. */
export function saidPhonesAreHard(draft: Pick<Draft, 'aboutMe' | 'needs'>, message: string): boolean {
  const { strengths, important, support } = draft.aboutMe;
  return saysPhonesAreHard([...support, ...important, ...strengths, ...draft.needs.map((n) => n.text), message]);
}

/** Whether anything they told about themselves, or the message itself, says a voice call is no way for them to get help. */
export function saidNoVoiceCalls(draft: Pick<Draft, 'aboutMe' | 'needs'>, message: string): boolean {
  const { strengths, important, support } = draft.aboutMe;
  return cannotMakeVoiceCalls([...support, ...important, ...strengths, ...draft.needs.map((n) => n.text), message]);
}

/**
 * For someone deaf or unable to talk on a phone: Childline's chat (or who it is for, from 18), Shout
 * by text, adult social care's form for an adult, 999 by text, 999 in sign language and Relay UK.
 */
export const noVoiceLines = (adult: boolean): Words[] => [
  { key: S.noVoiceChildline },
  { key: S.shout },
  // Someone who does not talk can still tell an adult: face to face, or written down.
  { key: S.noVoiceWriteItDown },
  ...(adult ? [{ key: S.noVoiceAdultSocialCare }] : []),
  { key: S.noVoiceText999 },
  { key: S.noVoiceBsl999 },
  { key: S.noVoiceRelay },
];

/** Shout (a text line) first, when phoning is hard for them; the rest in their order. */
const textFirst = (lines: readonly Words[], phonesHard: boolean | undefined): Words[] =>
  phonesHard ? [...lines.filter((l) => l.key === S.shout), ...lines.filter((l) => l.key !== S.shout)] : [...lines];

/** "not on bus" said as "not always" safe: category other, on the way, no harm told and no rule backing a disclosure. */
export const travelWorryOnly = (category: string, message: string): boolean => category === 'other' && unsafeOnTheWayOnly(message) && !concernByRules(message);

/**
 * What the plan may be offered to say after the answer: a need about loud, busy places for noise and
 * pushing in crowds, else the one place the worry named (or travel). Never for a parent.
 */
export function needToOfferAfter(category: string, message: string, parent: boolean): NeedPlace | undefined {
  if (parent) return undefined;
  if (tellsOfCrowdedPushing(message)) return 'busy';
  const place = placeOfHarm(message);
  // A money worry told "in my flat" (his card held, money gone) is about the money, not safety at home: feeling safe at
  // home is offered only when the flat itself is taken over (someone staying, his bed or the place used).
  if (place === 'home' && moneyWorryOnly(category, message)) return undefined;
  return place ?? (travelWorryOnly(category, message) ? 'travel' : undefined);
}

/** Someone staying, sleeping or living in the home, said in any words: the home itself is part of the worry. */
const SOMEONE_STAYS = /\b(?:stay|stays|staying|stayed|sleep|sleeps|sleeping|slept|living|lives|moved\s+in|wont\s+leave|dont\s+leave|doesnt\s+leave)\b/;

function moneyWorryOnly(category: string, message: string): boolean {
  if (category !== 'exploitation') return false;
  const aboutMoney = tellsOfCardHeldByOthers(message) || tellsOfMateCrime(message) || tellsOfMoneyTaken(message);
  return aboutMoney && cuckooSignsOf(message).every((sign) => sign === 'moneyGone') && !SOMEONE_STAYS.test(message.toLowerCase());
}

export function safeguardingAnswer(category: string, message: string, hearer: Hearer): SafeguardingAnswer {
  const answer = hearer.parent ? forParent(category, message, hearer) : { words: forYoungPerson(category, message, hearer), keepAsNeed: false };
  // "i know the numbers": a later worry is answered without the whole list, as the help still there,
  // but never without 999; hurting themselves or wanting to die gets the one line for help now (999, Samaritans).
  if (!hearer.numbersDeclined) return answer;
  const urgent = category === 'self_harm_or_suicide' ? urgentLine(message, hearer.parent) : { key: hearer.parent ? S.parentDanger : S.danger };
  return { ...answer, words: withoutTheNumbers(answer.words, urgent) };
}

/** The one line for help now: a parent worried for their child hears 999 for a child in danger; anyone in despair themselves, 999 and Samaritans. */
const urgentLine = (message: string, parent: boolean): Words => ({ key: parent && !talksOfOwnDeath(message) ? S.parentDanger : S.numbersUrgentOnly });

/** Lines that give a number to call or text, to a young person or to a parent. */
const NUMBER_LINES: ReadonlySet<string> = new Set([
  ...[S.computer, S.childline, S.shout, S.samaritans, S.nhs111, S.unwellCall111, S.domesticAbuseLine, S.childlineUnder19, S.childlineForOthers, S.danger, S.adultPolice],
  ...[S.bullyingChildline, S.bullyingMore, S.crowdIfUnsafe, S.noVoiceLead, S.noVoiceChildline, S.noVoiceText999, S.noVoiceBsl999, S.noVoiceRelay],
  ...[S.parentComputer, S.parentNspcc, S.parentChildline, S.parentShout, S.parentDanger],
]);

/** The answer without the lines that give numbers, and the help "still there"; the one urgent line kept when given (a parent's line for a badly hurt child already is one). */
function withoutTheNumbers(words: readonly Words[], urgent: Words | undefined): Words[] {
  const kept = words.filter((w) => !NUMBER_LINES.has(w.key));
  if (kept.length === words.length) return [...words];
  const now = urgent && !kept.some((w) => w.key === S.parentSelfInjuryDanger) ? [urgent] : [];
  return [...kept, ...now, { key: S.numbersStillThere }];
}

function forParent(category: string, message: string, hearer: Hearer): SafeguardingAnswer {
  const lead: Words[] = hearer.lead ? [{ key: S.parentLeadWillKnow }] : [];
  // "she will be better off when I'm gone": the parent's own despair, answered with the lines for them.
  if (category === 'self_harm_or_suicide' && talksOfOwnDeath(message)) {
    return { words: [{ key: S.parentHeard }, ...lead, ...PARENTS_OWN_LINES], keepAsNeed: false };
  }
  // Their child hurting themselves when upset: a worry to pass on, and a need for the plan.
  if (category === 'self_harm_or_suicide' && describesChildsSelfInjury(message)) {
    const keepAsNeed = hearer.step !== undefined && NEEDS_STEPS.has(hearer.step);
    // A young child (Year 2 or under) cannot ring Childline, and Shout is no answer to a parent's account of a
    // child's meltdowns: their doctor or paediatrician and their school, the note, the need, and 999 if badly hurt.
    const young = youngChild(hearer.person);
    const words: Words[] = [
      { key: S.parentSelfInjuryHeard },
      { key: hearer.lead ? S.parentSelfInjuryPassOn : S.parentSelfInjuryNoted },
      { key: keepAsNeed ? S.parentSelfInjuryNeedKept : S.parentSelfInjuryNeed },
      // A child at school is past the health visitor and nursery: the GP, the school and the children's mental health service.
      { key: !atSchool(hearer.person) ? S.parentSelfInjuryWho : young ? S.parentSelfInjuryWhoYoung : S.parentSelfInjuryWhoAtSchool },
      ...(young ? [] : [{ key: S.parentChildline }, { key: S.parentShout }]),
      { key: S.parentSelfInjuryDanger },
    ];
    return { words, keepAsNeed };
  }
  if (category === 'bullying') {
    const words: Words[] = [{ key: S.parentBullyingHeard }, ...lead, { key: S.parentBullyingTellSchool }, { key: S.parentBullyingNote }, ...PARENT_LINES];
    return { words, keepAsNeed: false };
  }
  if (category === 'exploitation') return { words: forCarerOfExploited(message, lead, PARENT_LINES), keepAsNeed: false };
  // The child's parent misusing drugs or drink, told by the carer keeping the child safe: that they are doing right, and whom to tell.
  if (category === 'other' && tellsOfParentSubstanceMisuse(message)) return { words: [{ key: S.parentSubstanceHeard }, ...lead, { key: S.parentSubstanceTellSchool }, ...PARENT_LINES], keepAsNeed: false };
  // After "These people can:", the helpline for domestic abuse comes first when that is what was told.
  return { words: [{ key: S.parentHeard }, ...lead, { key: S.parentTellSchool }, ...withDomesticAbuseLine(category, PARENT_LINES, 1)], keepAsNeed: false };
}

/** A young child: infant school age or under (Year 2 or below, or under 7 when no year is known). Unknown: not known to be. */
const youngChild = (person: Hearer['person']): boolean => (person?.schoolYear !== undefined ? person.schoolYear <= 2 : person?.age !== undefined && person.age < 7);

/**
 * A parent's account of their young child hurting themselves when upset: the answer is in proportion, and "are you
 * and your child safe right now?" is not asked on top of it (the danger line is in the answer).
 */
export function childsSelfInjuryInProportion(category: string, message: string, hearer: Pick<Hearer, 'parent' | 'person'>): boolean {
  return hearer.parent && category === 'self_harm_or_suicide' && !talksOfOwnDeath(message) && describesChildsSelfInjury(message) && youngChild(hearer.person);
}

/** Five or over, or in Year 1 or above: at school, past the health visitor and nursery. Unknown: not known to be. */
function atSchool(person: Hearer['person']): boolean {
  return (person?.age ?? -1) >= 5 || (person?.schoolYear ?? -1) >= 1;
}

function forYoungPerson(category: string, message: string, hearer: Hearer): Words[] {
  const adult = isAdult(hearer.person);
  const lead: Words[] = hearer.lead ? [{ key: S.leadWillKnow }] : [];
  // "not on bus" at "do you feel safe?": unsafe on the way, nobody named and no harm told. A short kind word and 999;
  // the way back offers to put feeling safe when travelling in the plan (safeguardingNeed.ts).
  if (travelWorryOnly(category, message)) {
    return [{ key: S.travelHeard }, ...lead, ...(hearer.noVoice ? [{ key: S.noVoiceText999 }, { key: S.noVoiceBsl999 }] : [{ key: S.danger }])];
  }
  // "The corridors are too loud and people push": hard, and a teacher can help; the lines in one short line for if they ever feel unsafe.
  if ((category === 'other' || category === 'bullying') && tellsOfCrowdedPushing(message)) {
    return [{ key: S.crowdHeard }, ...lead, { key: S.crowdTellTeacher }, { key: S.crowdIfUnsafe }];
  }
  // Money or a phone held by a partner or "mates", told as care: what everyone may choose, without calling it hard.
  // Money drawn out for "mates", or a "mate" said to be using them: real friends do not do that, and they can say no.
  const mates = category === 'exploitation' && tellsOfMateCrime(message);
  // Someone staying at their flat, their bed or food taken ("hes bin stayin at mine for weeks. i sleep on the sofa"): it is their home.
  const home = category === 'exploitation' && !mates && adult && cuckooSignsOf(message).length > 0;
  const firstWords = firstWordsFor(category, message, mates, home);
  // An adult told of harm by people around them: short, and the people near them first (their tutor or the
  // college's safeguarding lead, or someone they trust), then the police (101, or 999 in danger) and the lines.
  // Money or things taken by others ("but its fine"): it is not OK, even when it feels fine.
  const heardFirst = firstWords === S.heard && tellsOfMoneyTaken(message) ? S.adultTakenHeard : firstWords;
  // Money borrowed and kept by people around them ("my frend keeps borowing my money"): it is theirs, and they can say no.
  // Never said of money taken by force or threats, where saying no is not safe advice.
  const sayNo: Words[] = mates || (heardFirst === S.adultTakenHeard && tellsOfMoneyNotPaidBack(message)) ? [{ key: S.adultSayNo }] : [];
  // His card or PIN held or borrowed by someone else: what the worry is, said plainly (cardHeldAnswer.ts).
  if (adult && category === 'exploitation' && !home && tellsOfCardHeldByOthers(message)) return cardHeldAnswer(hearer, lead, hearer.noVoice ? noVoiceLines(true) : undefined, message);
  if (adult && HARM_BY_PEOPLE_AROUND.has(category)) return [{ key: heardFirst }, ...sayNo, ...lead, ...forAnAdultHarmed(category, hearer, namesTheirCarers(message), mates || home)];
  // A child or teenager being drawn in by older people (gifts, then "you owe us", runs or carrying): the trick named
  // plainly, that they owe nothing and are not in trouble, an adult to tell, then Childline and 999 before the lines
  // for feeling low. Every exploitation answer to someone under 18 is this one table, being asked to carry or keep
  // things included (the table names carrying and says they need not do it).
  if (category === 'exploitation' && !adult && (firstWords === S.heard || firstWords === S.carryingHeard)) {
    const lines = hearer.noVoice ? noVoiceLines(false) : textFirst(EXPLOITED_LINES, hearer.phonesHard);
    return [...EXPLOITED_WORDS, ...meetingHelp(category, message), ...lead, { key: S.computer }, ...lines];
  }
  if (category !== 'bullying') {
    // Medicine missed, or a fit with nobody there: one short line for feeling unwell (111, or 999 in an emergency).
    const unwell: Words[] = category === 'neglect' && !hearer.noVoice && tellsOfMedicineMissed(message) ? [{ key: S.unwellCall111 }] : [];
    const lines = adult ? withDomesticAbuseLine(category, adultLines(hearer.person, namesTheirCarers(message))) : CHILD_LINES;
    return [{ key: firstWords }, { key: S.rightThing }, ...lead, ...picturesHelp(message, adult), ...meetingHelp(category, message), ...olderPartnerHelp(category, message, hearer.person), ...unwell, { key: S.computer }, ...(hearer.noVoice ? noVoiceLines(adult) : textFirst(lines, hearer.phonesHard))];
  }
  // Bullying: an adult they trust (someone, for an adult) first; the crisis lines and 999 last.
  // The first words fit what was said: things taken or being hurt, pictures of them passed round,
  // posts and messages (only when nowhere else is named), or name-calling. Screenshots only of what
  // is sent to them: never of pictures of them, nor of a chat they are not in.
  const pictures = tellsOfPicturesShared(message);
  const online = harmIsOnlyOnline(message);
  const heard = tellsOfTakingOrHurting(message) ? S.bullyingHeard : pictures ? S.bullyingHeardPictures : online ? S.bullyingHeardOnline : S.bullyingHeardOther;
  const screenshots = harmIsOnline(message) && !pictures && !notInTheChat(message);
  // A child or teenager mocked or called names, with no harm, threat or danger said: kind words, who to tell and
  // Childline, in proportion (no 999, no crisis line). An adult keeps Shout and Samaritans: Childline is not theirs.
  const inProportion = answeredInProportion(category, message, hearer);
  const lines: Words[] = hearer.noVoice ? noVoiceLines(adult) : adult ? [...(inProportion ? [] : [{ key: S.bullyingMore }]), childlineFor(hearer.person)] : [{ key: S.bullyingChildline }, ...(inProportion ? [] : [{ key: S.bullyingMore }])];
  const tellAdult: Words[] = pictures ? picturesHelp(message, adult) : [{ key: S.bullyingTellAdult }];
  return [
    { key: heard },
    { key: S.rightThing },
    ...lead,
    ...(screenshots ? [{ key: S.bullyingOnline }] : []),
    ...tellAdult,
    ...lines,
    ...(hearer.noVoice || inProportion ? [] : [{ key: S.danger }]),
  ];
}

/**
 * A child or teenager told of bullying by words or mocking only: the answer is in proportion, and
 * "are you safe right now?" is not asked on top of it (nothing they said is danger).
 */
export function answeredInProportion(category: string, message: string, hearer: Pick<Hearer, 'parent' | 'person' | 'noVoice'>): boolean {
  return category === 'bullying' && !hearer.parent && !isAdult(hearer.person) && !hearer.noVoice && !tellsOfPicturesShared(message) && tellsOfMockingOnly(message);
}

/** Who near them can help, the police, a line to text (before the police's phone line when phoning is hard), and who Childline is for. */
function forAnAdultHarmed(category: string, hearer: Hearer, carers: boolean, mates = false): Words[] {
  // Staff or carers who look after them are the worry: the service's manager or a social worker, not "a support worker".
  // "Mates" are the worry: family or a key worker, never "a friend".
  const near: Words = { key: hearer.person?.education === 'college' ? S.adultNearCollege : carers ? S.managerOrSocialWorker : mates ? S.adultNearMates : S.adultNearTrusted };
  const police: Words = { key: S.adultPolice };
  if (hearer.noVoice) return [near, ...noVoiceLines(true)];
  const lines: Words[] = hearer.phonesHard ? [{ key: S.adultTextFirst }, police] : [police, { key: S.shout }];
  // Away from college, mates who take money or a flat are for the council's adult social care team too.
  const socialCare: Words[] = category === 'exploitation' && hearer.person?.education !== 'college' ? [{ key: S.adultSocialCare }] : [];
  // Childline is named for every hearer: to someone 19 or over, as a line for someone under 19 they know.
  return [near, ...socialCare, ...lines, childlineFor(hearer.person)];
}
