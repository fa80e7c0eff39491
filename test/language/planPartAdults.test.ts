import { describe, expect, it } from 'vitest';
import { needSection, providerOf } from '../../src/language/planPart';

/* Which part of the plan help and needs go in, for things from work and home life. */
describe('plan parts for work, driving and a home of their own', () => {
  it.each(['speech to text software on my work computer', 'the text to speech thing on the computer'])('%j is no health help', (typed) => expect(providerOf(typed)).not.toBe('health'));
  it('speech and language therapy is still health', () => expect(providerOf('speech and language therapy every week')).toBe('health'));
  it.each(['an assessment at a driving mobility centre to see what car adaptations i need', 'adapted driving lessons'])('%j is help with getting about, not school', (typed) =>
    expect(providerOf(typed)).toBe('social_care'),
  );
  it('money and a flat a wheelchair can get into are everyday life, not health', () =>
    expect(needSection('money mainly, i only get a bit from my benefits. and finding a flat thats actually wheelchair acessible is really hard')).toBe('social_care'));
  it.each(['i spend all my wages by tuesday', 'my pocket money is gone in a day'])('%j is money in everyday life, not school', (typed) => expect(needSection(typed)).toBe('social_care'));
  it('using a wheelchair and getting tired is still health', () => expect(needSection('he uses a wheelchair and gets tired')).toBe('health'));
  it.each(['filling in forms at work', 'writing emails at my job', 'talking to customers on my shift'])('%j is a hard thing in a job, everyday life and not school', (typed) =>
    expect(needSection(typed)).toBe('social_care'),
  );
  it.each(['filling in forms at college', 'writing emails on my supported internship at work', 'writing emails to my teacher'])('%j is about learning: Section B', (typed) =>
    expect(needSection(typed)).toBe('education'),
  );
  it('pain at work is still health', () => expect(needSection('my back pain at work')).toBe('health'));
});

/* Dylan, 23, after a brain injury, in supported living: a condition's effects named as such are health's, whatever task they are met in. */
describe('an adult\'s memory, fatigue and temper', () => {
  const adult = { age: 23 } as const;
  it.each(['i forget things on the hob', 'my memory is rubbish since the accident', 'i get wiped out by dinner time', 'i lose my temper with staff', 'fatigue when i go shopping'])(
    '%j is a health need (Section C)',
    (typed) => expect(needSection(typed, adult)).toBe('health'),
  );
  it.each([['i spend all my wages by tuesday', 'social_care'], ['i cant cook', 'social_care'], ['i forget which stop', 'social_care'], ['i get muddled with the till', 'education']] as const)('%j stays %s', (typed, section) =>
    expect(needSection(typed, adult)).toBe(section),
  );
});

