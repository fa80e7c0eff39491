import { Step } from '../../dialogs/ids';
import type { Typed } from '../support/typedWay';

/** Gemma, Alfie's mum (he is 4, at nursery), typing her way to "What already helps Alfie with this?". */
export const GEMMA = { who: 'A parent or carer', name: 'Alfie', age: '4' } as const;
export const HARD = 'the toilet thing, he doesnt tell us when he needs to go';
export const TO_HELPS: Typed = {
  [Step.welcomeAge]: ['4', 'nursery'],
  [Step.hopesDream]: 'for him to be out of nappies in the day',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
  [Step.needsBarrier]: HARD,
};
