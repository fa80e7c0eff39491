import { hardThingBesideNow, saysHowThingsAreNow, withoutLateYesNo } from '../src/language/howThingsAreNow';
import { tellsOfOthersHurtAndTold } from '../src/language/passedOn';
import type { Next } from './stageDialog';
import type { WhomKeys } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import { HopesText } from './hopesText';

/*
 * How things are now, said where a hope was asked for ("I am well. I go swimming"): good to hear,
 * never kept as a hope. The bot says so and asks what they would like to do in the future. A hard
 * thing said beside it ("... I find reading hard") is read on its own, as a hard thing.
 */

/** Position note: the last answer told how things are now, so the question asks about the future. */
export const NOW_SAID = 'now';

export const NOW_SAID_WORDS: WhomKeys = { self: HopesText.nowSaid, child: HopesText.nowSaidChild, yourChild: HopesText.nowSaidYourChild };

export type NowReading = { kind: 'now'; again: Omit<Position, 'stage'> } | { kind: 'asked twice' } | { kind: 'hard'; text: string } | undefined;

/** How the hopes stage reads an answer that tells how things are now; undefined for anything else. */
export function readNowSaid(position: Omit<Position, 'stage'>, text: string): NowReading {
  // "no we're fine" at the dream: a yes or no to something else, typed a beat late, then how things are.
  if (saysHowThingsAreNow(text) || (position.step === Step.hopesDream && saysHowThingsAreNow(withoutLateYesNo(text)))) {
    if (position.data?.[NOW_SAID]) return { kind: 'asked twice' };
    const step = position.step === Step.hopesTheme ? Step.hopesTheme : Step.hopesDream;
    return { kind: 'now', again: { step, ...(position.topic ? { topic: position.topic } : {}), data: { ...position.data, [NOW_SAID]: 'yes' } } };
  }
  const hard = hardThingBesideNow(text);
  return hard ? { kind: 'hard', text: hard } : undefined;
}

/** The position without the note, once the answer was something else. */
export function withoutNowSaid<P extends Omit<Position, 'stage'>>(position: P): P {
  if (!position.data?.[NOW_SAID]) return position;
  const { [NOW_SAID]: _now, ...data } = position.data;
  return { ...position, data };
}

/**
 * "boys in year 10 keep hurting the new kid, I told Miss": someone else hurt, already told to an adult.
 * Not a hope: it was right to tell, and the same question is asked again.
 */
export function othersHurtTold(position: Omit<Position, 'stage'>, text: string): Next | undefined {
  if (!tellsOfOthersHurtAndTold(text)) return undefined;
  return { say: [{ key: HopesText.toldAnAdult }], goTo: withoutNowSaid(position) };
}
