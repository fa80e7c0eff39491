import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * An adult (18 to 25) whose "friend" keeps borrowing her money and not giving it back may be
 * suffering financial abuse ("mate crime"): "yes, she my friend" at "Are you OK?" does not end it.
 * She hears a short, kind answer for an adult and a note is made for a person to look at. Her
 * words about the friend are never kept as what helps, and Childline is named only for someone
 * under 19 she knows.
 */

const TOLD = 'nothing. my frend keeps borowing my money and dont give it back';

/** Chloe, 23, at "What helps you with this now?" for her hope of living on her own. */
const chloeAtHelps = (): Promise<Transcript> =>
  typedTo(Step.needsHelps, { name: 'Chloe', age: '23' }, {
    [Step.hopesDream]: 'live in my own flat',
    [Step.hopesMore]: 'no',
    [Step.hopesTheme]: ['nothing for now', 'nothing for now', 'nothing for now', 'nothing for now', 'nothing for now', 'nothing for now'],
    [Step.needsBarrier]: 'money is hard for me',
  });

describe('a friend who keeps her money, told at "what helps?" by a 23-year-old', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yes. she my frend" at "Are you OK?" still gets the answer for an adult and a note; the worry is not kept as help', async () => {
    chat = await chloeAtHelps();
    await chat.say(TOLD);
    const replies = saidIn(await chat.say('yes. she my frend'));
    expect(replies).toMatch(/money/i);
    expect(replies).toMatch(/adult social care/i);
    // Childline only as the line for someone under 19 she knows.
    expect(replies).not.toMatch(/Childline: call|Childline is for anyone under 19/);
    expect((await chat.draft())?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', category: 'exploitation' })]);
    for (let i = 0; i < 3 && chat.step?.startsWith('safeguarding.'); i++) await chat.say('carry on');
    const draft = await chat.draft();
    expect(JSON.stringify(draft?.outcomes ?? [])).not.toMatch(/frend|borowing/);
    expect(JSON.stringify(draft?.needs ?? [])).not.toMatch(/frend|borowing/);
  });

  it('later, "help to save. and not lend it to my frend" keeps "help to save" only, and says the rest is noted with the worry', async () => {
    chat = await chloeAtHelps();
    // Only the worry, nothing beside it: the question is asked again once she carries on.
    await chat.say('my frend keeps borowing my money and dont give it back');
    await chat.say('yes. she my frend');
    for (let i = 0; i < 3 && chat.step?.startsWith('safeguarding.'); i++) await chat.say('carry on');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = saidIn(await chat.say('help to save. and not lend it to my frend'));
    expect(replies).toMatch(/worry/i);
    const draft = JSON.stringify(await chat.draft());
    expect(draft).toMatch(/help to save/i);
    expect(draft).not.toMatch(/lend it to my frend/);
  });

  it('later, "a key worker. my frend took 20 pound off me again" adds the money taken to the note and keeps only "a key worker"', async () => {
    chat = await chloeAtHelps();
    await chat.say('my frend keeps borowing my money and dont give it back');
    await chat.say('yes. she my frend');
    for (let i = 0; i < 3 && chat.step?.startsWith('safeguarding.'); i++) await chat.say('carry on');
    const replies = saidIn(await chat.say('a key worker. my frend took 20 pound off me again'));
    expect(replies).toMatch(/note about your worry/);
    expect(replies).not.toMatch(/Childline: call/);
    const draft = JSON.stringify(await chat.draft());
    expect(draft).toMatch(/key worker/i);
    expect(draft).not.toMatch(/20 pound/);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});
