import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * After a worry about someone (a brother who takes her phone), what that person does is never kept
 * as help: "phone me keep, brother not take" at "what helps?" is added to the note, the bot says
 * so, and the question is asked again.
 */

describe('the person from a worry, named at "what helps?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is noted with the worry, not kept as help, and the question is asked again', async () => {
    chat = await typedTo(Step.safeguardingCheck, { name: 'Aisha', age: 'year 10', mode: 'Easy read' }, {
      [Step.aboutMeSafe]: 'sometimes brother angry he take my phone. then me cant text mum',
    });
    for (let i = 0; i < 4 && chat.step?.startsWith('safeguarding.'); i++) await chat.say(i === 0 ? 'yes safe' : 'no carry on');
    await chat.say('to be an artist');
    for (let i = 0; i < 8 && chat.step !== Step.needsBarrier; i++) await chat.say('no');
    await chat.say('i cant hear the teacher');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = saidIn(await chat.say('phone me keep, brother not take'));
    expect(replies).toMatch(/note about your worry/);
    expect(chat.step).toBe(Step.needsHelps);
    const draft = JSON.stringify(await chat.draft());
    expect(draft).not.toMatch(/brother not take/);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  // "takes me there" says nothing of what for: after a worry about him it is noted, never kept as help.
  it('"my brother takes me there every day" is noted with the worry, not kept as help', async () => {
    chat = await typedTo(Step.safeguardingCheck, { name: 'Aisha', age: 'year 10', mode: 'Easy read' }, {
      [Step.aboutMeSafe]: 'sometimes brother angry he take my phone. then me cant text mum',
    });
    for (let i = 0; i < 4 && chat.step?.startsWith('safeguarding.'); i++) await chat.say(i === 0 ? 'yes safe' : 'no carry on');
    await chat.say('to be an artist');
    for (let i = 0; i < 8 && chat.step !== Step.needsBarrier; i++) await chat.say('no');
    await chat.say('i cant hear the teacher');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = saidIn(await chat.say('my brother takes me there every day'));
    expect(replies).toMatch(/note about your worry/);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/takes me there/);
  });
});
