import { describe, expect, it } from 'vitest';
import { hopeTheHardThingFits } from '../../src/language/hardFitsHope';
import { isBarrier } from '../../src/language/barrier';

const hopes = [{ text: 'work in a games shop' }, { text: 'my own place one day' }];

describe('the hope a hard thing is about, by its words', () => {
  it.each([
    ['i get anxious talking to customers and i mess up with money', 'work in a games shop'],
    ['i cant read the adverts for shop jobs', 'work in a games shop'],
    ['i dont like busy places', undefined],
    ['i get nervous on the bus', undefined],
  ])('"%s" fits %s', (hard, hope) => {
    expect(hopeTheHardThingFits(hard, hopes)?.text).toBe(hope);
  });
});

describe('mistakes and muddles said as what is hard', () => {
  it.each(['i mess up with money', 'he gets mixed up with change', 'i get realy nervous with customers', 'she panics when it is busy'])('"%s" is hard', (said) => {
    expect(isBarrier(said)).toBe(true);
  });
  it.each(['i want to stop messing up my sleep', 'to not mess up my exams'])('"%s" is a hope', (said) => {
    expect(isBarrier(said)).toBe(false);
  });
});
