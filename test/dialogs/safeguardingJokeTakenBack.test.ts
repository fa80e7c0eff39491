import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn as said, typedTo } from '../support/typedWay';

/*
 * Sam tells something worrying, then at "Are you safe right now?" types "i didnt mean that, it was a
 * joke". A retraction straight after the safety words is a sign to follow up: the note stays as it
 * is (never marked taken back), with his words beside it for the lead. What he is told says just
 * that, kindly: no "I'm glad you're safe" as if he had answered the check.
 */

const standard = createWords().forMode('standard');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a worry taken back as a joke at the safety check', () => {
  it.each(['i didnt mean that, it was a joke', 'it was a joke lol', 'i was only joking'])('"%s": the note stays, with his words beside it, and he is told so', async (typed) => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '15' }, {}, { safeguarding: 'lead' });
    await chat.say('my dad hits me');
    expect(chat.step).toBe(Step.safeguardingCheck);
    const replies = said(await chat.say(typed));
    expect(replies).toContain(standard('safeguarding:takenBack.thanks'));
    expect(replies).toContain(standard('safeguarding:takenBack.note'));
    expect(replies).not.toContain(standard('safeguarding:glad'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    const flags = (await chat.draft())?.flags ?? [];
    expect(flags).toHaveLength(1);
    expect(flags[0]?.takenBackAt).toBeUndefined();
    // The lead reads his words beside the concern.
    const [raised] = await chat.concerns!.list();
    expect((await chat.concerns!.get(raised!.id))?.person.saidAfter).toBe(typed);
    await chat.say('carry on');
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('leave alone: "it was a joke, but he does hit me" is no taking back', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '15' }, {}, { safeguarding: 'lead' });
    await chat.say('my dad hits me');
    const replies = said(await chat.say('it was a joke, but he does hit me sometimes'));
    expect(replies).not.toContain(standard('safeguarding:takenBack.note'));
  });

  it('leave alone: "yes im safe" is the answer to the check, nothing taken back', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '15' }, {}, { safeguarding: 'lead' });
    await chat.say('my dad hits me');
    const replies = said(await chat.say('yes im safe'));
    expect(replies).toContain(standard('safeguarding:glad'));
    expect((await chat.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });
});
