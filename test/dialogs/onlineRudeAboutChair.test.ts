import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { SafeText } from '../../dialogs/aboutMeSafeText';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * An 18-year-old at "do you feel safe?": "yes mostly, sometimes online people are rude about my chair". Online, so no
 * bus company to complain to: it is not OK, block and report them in the app, tell someone; online hate can be reported.
 * Rudeness in person keeps the complaint answer.
 */
const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function saysAtSafe(said: string) {
  chat = await typedTo(Step.aboutMeSafe, { age: '18', name: 'Alex' }, { [Step.aboutMeStrengths]: 'I am kind', [Step.aboutMeImportant]: 'My dog', [Step.aboutMeSupport]: 'Give me time to answer' });
  return saidIn(await chat.say(said));
}

describe('rudeness online about a disability', () => {
  it.each(['yes mostly, sometimes online people are rude about my chair', 'mostly yeah, people online are rude about my wheelchair sometimes'])('%j: block, report, not the bus company', async (said) => {
    const replies = await saysAtSafe(said);
    expect(replies).toContain(standard(SafeText.rudeOnline.self));
    expect(replies).not.toMatch(/bus company/);
    expect((await chat!.draft())?.flags).toEqual([]);
  });

  it('"mostly yes. the bus drivers are rude sometimes tho" keeps the complaint answer', async () => {
    const replies = await saysAtSafe('mostly yes. the bus drivers are rude sometimes tho');
    expect(replies).toContain(standard(SafeText.rude.self));
  });
});
