import { tellsOfControlOverMoney, tellsOfPicturesShared } from '../src/language';
import { tellsOfCarryingForSomeone } from '../src/language/concernRules/carriedForSomeone';
import { clearedConcernText } from '../src/language/concernRuleMatch';
import { tellsOfOnlineMeetingAsked } from '../src/language/onlineMeeting';
import { SafeguardingText as S } from './safeguardingText';
import type { Words } from './say';

/*
 * The first words of a young person's safeguarding answer, and help for pictures passed round, kept apart from
 * safeguardingAnswer.ts (which picks the lines) so each stays small.
 */

/**
 * What is said first: "mates" using them, their home taken over, money controlled, or being asked to carry or keep
 * things for someone ("he asked me to hold a bag for his mate": they need not, and they are not in trouble, said
 * plainly, never an answer about money); else the kind words for any worry.
 */
export function firstWordsFor(category: string, message: string, mates: boolean, home: boolean): string {
  if (category === 'exploitation' && tellsOfCarryingForSomeone(clearedConcernText(message))) return S.carryingHeard;
  if (mates) return S.mateCrimeHeard;
  if (home) return S.adultHomeHeard;
  return (category === 'domestic_abuse' || category === 'exploitation') && tellsOfControlOverMoney(message) ? S.controlHeard : S.heard;
}

/**
 * Pictures or videos of them passed round: someone they trust can ask for them to be taken down, and
 * Report Remove (Childline with the Internet Watch Foundation) is there for under-18s. Nothing when
 * no pictures were told of.
 */
export function picturesHelp(message: string, adult: boolean): Words[] {
  if (!tellsOfPicturesShared(message)) return [];
  return [{ key: S.bullyingPicturesTellAdult }, ...(adult ? [] : [{ key: S.bullyingReportRemove }])];
}

/**
 * Someone wanting to meet them or know where they live, told with being used or sexual harm ("a guy from roblox wants my
 * address"): do not go, tell an adult, CEOP and Childline, said plainly. Nothing for family, a teacher or a worker.
 */
export function meetingHelp(category: string, message: string): Words[] {
  return (category === 'exploitation' || category === 'sexual_abuse') && tellsOfOnlineMeetingAsked(message, true) ? [{ key: S.meetingAdvice }] : [];
}
