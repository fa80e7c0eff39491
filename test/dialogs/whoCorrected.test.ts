import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * A 17-year-old whose chat was set up as a parent's ("What is your child's first name?") says so:
 * "i am ravi. i am the young person, not a parent". From then on the questions are about him, and
 * nothing he said to put it right is kept as an answer.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('the young person says they are not a parent', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i am ravi. i am the young person, not a parent.', 'for me, about my plan'])('"%s" at "Who is chatting?" is the young person', async (typed) => {
    chat = await Transcript.start({ today: '2026-12-02' });
    await chat.say('normal');
    await chat.say('yes');
    await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeName);
    expect((await chat.draft())!.youngPerson.who).toBe('self');
  });

  it('"will my mum see this?" at "Who is chatting?" is answered, never read as a parent chatting', async () => {
    chat = await Transcript.start({ today: '2026-12-02' });
    await chat.say('can u make it easy');
    await chat.say('ok');
    const reply = said(await chat.say('will my mum see this'));
    expect(chat.step).toBe(Step.welcomeWho);
    expect(reply).toMatch(/Only you can see your answers|only you/i);
    expect((await chat.draft())!.youngPerson.who).toBe('self');
    await chat.say('me');
    expect(chat.step).toBe(Step.welcomeName);
  });

  it('"14 year 9. im lily not my mum" at the age question puts it right and keeps the age', async () => {
    chat = await Transcript.start({ today: '2026-12-02' });
    await chat.say('normal');
    await chat.say('yes');
    await chat.say('a parent or carer');
    await chat.say('Lily');
    expect(chat.step).toBe(Step.welcomeAge);
    const reply = said(await chat.say('14 year 9. im lily not my mum'));
    expect(reply).toMatch(/ask about you/);
    const person = (await chat.draft())!.youngPerson;
    expect(person.who).toBe('self');
    expect(person.age).toBe(14);
    expect(person.schoolYear).toBe(9);
  });

  it('later in the chat, the questions turn to them and the correction is never kept', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Ravi', age: 17, hopes: [{ text: 'work in IT support', theme: 'learning_and_work', needs: [] }] }));
    expect(chat.step).toBe(Step.outcomeStep);
    const reply = said(await chat.say('you keep saying your child. i am not a parent. i am talking about myself'));
    expect(reply).toMatch(/ask about you/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(reply).not.toMatch(/Ravi could reach/);
    const draft = (await chat.draft())!;
    expect(draft.youngPerson.who).toBe('self');
    expect(draft.outcomes).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/not a parent/);
  });

  it('a parent answering as usual keeps a parent\'s chat', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Leo', age: 6, schoolYear: 1, hopes: [{ text: 'make a friend', theme: 'friends_and_community', needs: [] }] }));
    await chat.say('play with one friend at break time');
    expect((await chat.draft())!.youngPerson.who).toBe('parent_carer');
  });
});
