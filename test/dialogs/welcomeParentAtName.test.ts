import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/** A dad answering the name question with who he is: "Alfies dad" names the child, and he is a parent. */
describe('a parent naming the child as whose parent they are, at the name question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['Alfies dad', "Alfie's dad", 'im alfies dad'])('"%s" after "me" keeps Alfie as the name and the chatter as a parent', async (typed) => {
    chat = await Transcript.start({ today: '2026-03-10' });
    for (const answer of ['normal words thanks', 'yeah thats fine', 'me']) await chat.say(answer);
    expect(chat.step).toBe(Step.welcomeName);
    await chat.say(typed);
    const person = (await chat.draft())?.youngPerson;
    expect(person?.name).toBe('Alfie');
    expect(person?.who).toBe('parent_carer');
  });

  it('"Alfies dad" after "his dad" keeps Alfie, not "Alfies"', async () => {
    chat = await Transcript.start({ today: '2026-03-10' });
    for (const answer of ['normal words thanks', 'yeah thats fine', 'his dad']) await chat.say(answer);
    await chat.say('Alfies dad');
    expect((await chat.draft())?.youngPerson.name).toBe('Alfie');
  });

  it('leave alone: "James" at the name question is still James', async () => {
    chat = await Transcript.start({ today: '2026-03-10' });
    for (const answer of ['normal words thanks', 'yeah thats fine', 'me']) await chat.say(answer);
    await chat.say('James');
    expect((await chat.draft())?.youngPerson.name).toBe('James');
  });
});
