import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

/** A parent of Tomasz whose second "hope" was really what he finds hard. */
async function afterAWrongHope(wrong: string): Promise<Transcript> {
  const chat = await throughWelcome({ who: 'A parent or carer', name: 'Tomasz', age: 'Year 6' });
  await throughAboutMe(chat);
  await chat.say('he wants to be a footballer or a vet');
  await chat.say(wrong);
  expect(chat.step).toBe(Step.hopesMore);
  expect((await chat.draft())?.aspirations.map((a) => a.text)).toContain(wrong);
  return chat;
}

describe('"thats not a hope, thats what he struggles with" takes the last hope back and keeps it as a hard thing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'no thats wrong, thats not a hope thats what he struggles with',
    "that's a problem not a hope",
    'no that isnt a hope, its what makes things hard for him',
    'wait that was a difficulty not a hope',
  ])('"%s"', async (correction) => {
    const wrong = 'sitting still in class for a long time';
    chat = await afterAWrongHope(wrong);
    const replies = await chat.say(correction);
    expect(texts(replies)).toContain(`"${wrong}" is now kept with the things Tomasz finds hard`);
    expect(chat.step).toBe(Step.hopesMore);
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['he wants to be a footballer or a vet']);
    expect(draft?.needs.map((n) => n.text)).toEqual([wrong]);
  });

  it('after hard things were already kept at "another hope?", no hope is taken back', async () => {
    chat = await afterAWrongHope('to have friends at secondary');
    await chat.say('he struggles with money');
    const replies = await chat.say("that's a problem not a hope");
    expect(texts(replies)).toContain("I've kept it with the hard things, not as a hope");
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['he wants to be a footballer or a vet', 'to have friends at secondary']);
    expect(draft?.needs.map((n) => n.text)).toEqual(['he struggles with money']);
  });

  it('said at the first needs question just after the hopes ended, the last hope is moved and the needs go on', async () => {
    chat = await afterAWrongHope('to have friends at secondary');
    await chat.say('yes, sitting still in class for a long time');
    expect(chat.step).toBe(Step.needsBarrier);
    const replies = await chat.say('no that isnt a hope, its what makes things hard for him');
    expect(texts(replies)).toContain('"sitting still in class for a long time" is now kept with the things Tomasz finds hard');
    expect(chat.step).toBe(Step.needsBarrier);
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['he wants to be a footballer or a vet', 'to have friends at secondary']);
    expect(draft?.needs.map((n) => n.text)).toEqual(['sitting still in class for a long time']);
  });

  it('a plain "no" still moves on and keeps the hopes', async () => {
    chat = await afterAWrongHope('to have friends at secondary');
    await chat.say('no thats all');
    expect(chat.step).not.toBe(Step.hopesMore);
    expect((await chat.draft())?.aspirations).toHaveLength(2);
  });
});

describe('"the worried bit isnt a hope" names which item it means', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a parent whose own worry was already kept apart: no hope is taken, and the worry is heard again', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Ethan', age: '16' });
    await throughAboutMe(chat);
    await chat.say('he wants to go to college in september to do IT, have his own friends and go to the cinema without his mum. im worried about the move to college');
    const replies = await chat.say('the worried bit isnt a hope thats just me');
    expect(texts(replies)).not.toContain('is now kept with the things');
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['he wants to go to college in september to do IT', 'have his own friends', 'go to the cinema without his mum']);
    expect(draft?.needs.map((n) => n.text)).toEqual(['im worried about the move to college']);
  });

  it('the hope it names is moved to the hard things, not the others said with it', async () => {
    chat = await throughWelcome({ name: 'Jay', age: '16' });
    await throughAboutMe(chat);
    await chat.say('i want to go to college to do IT. i want my own friends. i want to not be so worried about new places');
    const replies = await chat.say('the worried bit isnt a hope its what i find hard');
    expect(texts(replies)).toContain('"i want to not be so worried about new places" is now kept with the things that make life hard');
    const draft = await chat.draft();
    expect(draft?.aspirations.map((a) => a.text)).toEqual(['i want to go to college to do IT', 'i want my own friends']);
  });
});
