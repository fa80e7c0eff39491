import { describe, expect, it } from 'vitest';
import { clearedConcernText } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { DONE_ALONE } from '../../src/language/concernRules/doneAlone';

const readsDoneAlone = (typed: string) => DONE_ALONE.some((rule) => rule.re.test(clearedConcernText(typed)));

describe('doing everything alone because nobody helps is heard', () => {
  it.each([
    'i do everything myself now, nobody helps',
    'nobody helps, i have to do it all by myself',
    'i sort everything out on my own, no one is ever home',
    'we do all the cooking ourselves, nobody cares',
    'nobody helps me, i have to do everything myself',
  ])('%j', (typed) => {
    expect(readsDoneAlone(typed)).toBe(true);
    expect(safeguardingInChat(typed, { parent: false }).action).not.toBe('none');
  });

  it.each([
    'I can do it myself now',
    'i do everything myself now, im so proud',
    'i do everything myself now and nobody needs to help me',
    'i do it all myself at college now, my support worker says well done',
    'nobody helps me with my homework but i like doing it all myself',
    'I do all my washing myself now, nobody does it for me anymore',
    'i do all my cooking myself now, nobody makes it for me any more',
  ])('ordinary %j is not read so', (typed) => {
    expect(readsDoneAlone(typed)).toBe(false);
  });

  it.each(['I can do it myself now', 'i do everything myself now, im so proud', 'I do all my washing myself now, nobody does it for me anymore'])('pride %j interrupts nothing', (typed) => {
    expect(safeguardingInChat(typed, { parent: false }).action).toBe('none');
  });
});
