import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/** "Completed by" on the plan names how the adult chatting knows the young person, as they said it. */
describe('a carer saying how they know the young person', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ["i'm his foster carer", 'foster_carer'],
    ['im her nan', 'grandparent'],
    ['I am his support worker', 'support_worker'],
  ])('"%s" at who is chatting keeps %s', async (said, relationship) => {
    chat = await Transcript.start({ today: '2026-03-10' });
    await chat.say('normal words');
    await chat.say('yes ok');
    expect(chat.step).toBe(Step.welcomeWho);
    await chat.say(said);
    expect((await chat.draft())?.youngPerson.relationship).toBe(relationship);
  });

  it('a young person helped by their mum keeps no relationship', async () => {
    chat = await Transcript.start({ today: '2026-03-10' });
    await chat.say('normal words');
    await chat.say('yes ok');
    await chat.say("it's me, my mum is helping");
    expect((await chat.draft())?.youngPerson.relationship).toBeUndefined();
  });
});
