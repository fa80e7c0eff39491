import { describe, expect, it } from 'vitest';
import { describesChildsOwnWays } from '../../src/language';

/** A carer telling of the child's own fears, senses and behaviour, as against harm to the child or the carer's own despair. */
describe("a carer's words about the child's own ways", () => {
  it.each([
    "he's scared of the flush at nursery because it's really loud",
    'he bites when overwhelmed',
    'she hits out when the room is noisy',
    'he hits and kicks staff when he is in a meltdown',
    'he lashes out at his brother when he is tired',
    "he can't cope with change and has big meltdowns",
    'loud noises frighten him and he covers his ears and screams',
    "she won't wear her uniform, she says it hurts her skin",
    'he panics in the lunch hall and hides under the table',
    'he hits out when they change the routine',
  ])('%j is the child’s own ways', (typed) => {
    expect(describesChildsOwnWays(typed)).toBe(true);
  });

  it.each([
    "he's scared of his dad's belt",
    'he gets scared at home when dad shouts',
    'she is frightened of her uncle',
    "he's scared to go to school because a boy in his class hits him",
    'he says he hates himself and wishes he was dead',
    'when he is overwhelmed he bites his arm till it bleeds',
    "he has bruises on his arms and won't say why he's scared",
    "i can't cope any more, he screams all day",
    'she is nervous around men and hides behind me',
    'he gets scared when his dad drinks',
    'older boys keep taking his money at the bus stop and he is scared to go to school',
    'he is bullied at school and gets scared',
    'he likes trains and swimming',
  ])('%j is not', (typed) => {
    expect(describesChildsOwnWays(typed)).toBe(false);
  });
});
