import { Step } from '../../dialogs/ids';
import { parentSeed } from './journeySeed';

/* Becky, mum of Finley (Year 6), at the outcomes stage in December 2026: the seed and her answers after "by when?". */
export const FINLEY = parentSeed({ name: 'Finley', age: 11, schoolYear: 6 }, [{ text: 'go to secondary school', theme: 'learning_and_work', needs: ['he gets anxious in new places'] }], { today: '2026-12-05' });

/** Her answers to the questions between "by when?" and the read-back. */
export const FINLEY_ANSWERS = {
  [Step.outcomeMeasure]: 'his teacher sees him arrive',
  [Step.outcomeDoesForMe]: 'he will feel grown up',
  [Step.outcomeMakesPossible]: 'going to clubs on his own',
  [Step.outcomeProvides]: 'a travel buddy for the first weeks',
};
