import type { Draft } from '../src/domain/draft';
import { saysNobodySaysNice } from '../src/language/nobodySaysNice';
import { isAboutAChild, wordsFor, type WhomKeys } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import type { Words } from './say';
import type { Next } from './stageDialog';

/*
 * "nobody at school ever says anything nice about her" where strengths are asked: sad news, so it is
 * met with sorry (never "lovely"), kept as nothing, and the question is asked in an easier way, about
 * the person typing: "What do you like about Maisie?"
 */

const NobodyNiceText = {
  sorry: 'aboutMe:strengths.nobodyNice',
  /** "dunno nobody admires me lol": the question once more, about what a teenager can picture. */
  concrete: 'aboutMe:strengths.concrete',
  easier: { self: 'aboutMe:strengths.easier', child: 'aboutMe:strengths.easierChild', yourChild: 'aboutMe:strengths.easierYourChild' } as WhomKeys,
};

/** Position note: the strengths question is asked the easier way. */
const EASIER = 'easier';

/** What follows such an answer at the strengths question; undefined for any other answer. */
export function nobodySaysNice(position: Position, text: string): Next | undefined {
  if (position.step !== Step.aboutMeStrengths || position.data?.[EASIER] || !saysNobodySaysNice(text)) return undefined;
  return { say: [{ key: NobodyNiceText.sorry }], goTo: { step: position.step, data: { [EASIER]: '1' } } };
}

/** "What do you like about Maisie?", once the question is to be asked the easier way. */
export function easierStrengthsQuestion(draft: Draft | undefined, position: Position): Words | undefined {
  return position.step === Step.aboutMeStrengths && position.data?.[EASIER] ? wordsFor(draft, NobodyNiceText.easier) : undefined;
}

/** Position note: "don't know" was said once at the strengths question (a second one moves on). */
export const NOTHING_YET = 'nothing';

/**
 * A young person who said "dunno" about what people admire is asked once more in concrete words
 * ("What do your friends ask you to help with?"); a parent or carer is given example answers instead.
 */
export function concreteStrengthsQuestion(draft: Draft | undefined, position: Position): Words | undefined {
  return position.step === Step.aboutMeStrengths && position.data?.[NOTHING_YET] && !isAboutAChild(draft) ? { key: NobodyNiceText.concrete } : undefined;
}
