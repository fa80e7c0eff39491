import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { atHopeTheme, kaiAt } from './supportedLivingSeed';

/*
 * At the independent living question a 21-year-old says where he wants to live, then who helps him
 * now and that he wants to do it more himself, with no full stop between: the help is kept as help,
 * never as a hope, and the hope is read with what "it" stands for.
 */
describe('"jen helps me with money i want to do it more myself" at a hopes question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps two hopes: the flat, and doing his money more himself; Jen\'s help is kept as help', async () => {
    ({ chat } = await kaiAt(atHopeTheme('independent_living')));
    const said = saidIn(await chat.say('stay in my flat. jen helps me with money i want to do it more myself'));
    expect(said).toContain('"jen helps me with money" as help that works for you');
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text).slice(1)).toEqual(['stay in my flat', 'i want to do my money more myself']);
    expect(draft?.aboutMe.support).toContain('jen helps me with money');
    expect(chat.step).toBe(Step.hopesTheme);
  });

  it('"my mum does my shopping for me i want to do that on my own" keeps one hope and the help', async () => {
    ({ chat } = await kaiAt(atHopeTheme('independent_living')));
    await chat.say('my mum does my shopping for me i want to do that on my own');
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text).slice(1)).toEqual(['i want to do my shopping on my own']);
    expect(draft?.aboutMe.support).toContain('my mum does my shopping for me');
  });
});
