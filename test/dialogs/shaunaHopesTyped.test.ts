import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Shauna, mum of Reggie (8), types on her break at work. Her hopes are kept as she means them:
 * chatter and agreement are never kept as a hope, "my hope is" adds a hope, and a take-out or an
 * undo touches only the hope she names.
 */

async function atTheDream(): Promise<Transcript> {
  const chat = await throughWelcome({ who: 'A parent or carer', name: 'Reggie', age: '8' });
  await throughAboutMe(chat);
  return chat;
}

const TODAY = '2026-12-05';
const HAPPY: SeedHope = { text: 'i want him to be happy and have friends', theme: 'friends_and_community', needs: [] };
const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const hopes = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('Shauna\'s hopes for Reggie, typed on her break', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a hope with a hard thing and chatter keeps the hope, never an empty list', async () => {
    chat = await atTheDream();
    const replies = await chat.say('honestly i just want him to be happy and have mates, he comes home upset. sorry on my break at work');
    const said = texts(replies);
    expect(said).not.toMatch(/each one: *$/m);
    expect(said).toContain('to be happy and have mates');
    expect(chat.step).toBe(Step.hopesMore);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['i just want him to be happy and have mates']);
    expect(draft.needs.map((n) => n.text)).toEqual(['he comes home upset']);
    expect(JSON.stringify(draft)).not.toMatch(/break at work/);
  });

  it('"yeah that\'s right. and i want ..." keeps only the hope after the agreement', async () => {
    chat = await atTheDream();
    await chat.say('i want him to be happy and have friends');
    const replies = await chat.say("yeah that's right. and i want him to be more independant");
    expect(await hopes(chat)).toEqual(['i want him to be happy and have friends', 'i want him to be more independant']);
  });

  it('"wait \'thats right\' isnt a hope, take that out" takes out only the hope named', async () => {
    const seeded = await startWith({
      today: TODAY, who: 'parent_carer', name: 'Reggie', age: 8,
      hopes: [HAPPY, { text: "that's right", theme: null, needs: [] }, { text: 'i want him to be more independant', theme: null, needs: [] }],
      at: () => ({ stage: 'hopes', step: Step.hopesMore }),
    });
    chat = seeded.chat;
    expect(texts(await chat.say("wait 'thats right' isnt a hope, take that out pls"))).toContain('take out "that\'s right"?');
    await chat.say('yes');
    expect(await hopes(chat)).toEqual([HAPPY.text, 'i want him to be more independant']);
  });

  it('a take-out naming one hope of the last answer keeps the other hope of that answer', async () => {
    chat = await atTheDream();
    await chat.say('i want him to be happy and have friends');
    await chat.say('to ride his bike to school. and i want him to be more independant');
    expect(await hopes(chat)).toEqual(['i want him to be happy and have friends', 'to ride his bike to school', 'i want him to be more independant']);
    expect(texts(await chat.say("wait 'ride his bike to school' isnt a hope, take that out pls"))).toContain('take out "to ride his bike to school"?');
    const replies = await chat.say('yes');
    expect(await hopes(chat)).toEqual(['i want him to be happy and have friends', 'i want him to be more independant']);
  });

  it('"wait no take out ride his bike to school", neither quoted nor said not to be a hope, asks about that hope alone', async () => {
    chat = await atTheDream();
    await chat.say('i want him to be happy and have friends');
    await chat.say('to ride his bike to school. and i want him to be more independant');
    expect(texts(await chat.say('wait no take out ride his bike to school'))).toContain('take out "to ride his bike to school"?');
    await chat.say('yes');
    expect(await hopes(chat)).toEqual(['i want him to be happy and have friends', 'i want him to be more independant']);
  });

  it('a plain mention of a hope just kept is no take-out', async () => {
    chat = await atTheDream();
    await chat.say('i want him to be happy and have friends');
    await chat.say('to ride his bike to school. and i want him to be more independant');
    const replies = await chat.say('riding his bike to school is the big one for him');
    expect(texts(replies)).not.toMatch(/take out|taken out/i);
    expect(await hopes(chat)).toEqual(expect.arrayContaining(['i want him to be happy and have friends', 'to ride his bike to school', 'i want him to be more independant']));
  });

  it('"my hope is ..." with a hope kept adds a hope, never changes the one kept', async () => {
    chat = await atTheDream();
    await chat.say('happy and have friends');
    const replies = await chat.say('my hope is for him to be more independant, like getting himself dressed');
    expect(texts(replies)).not.toMatch(/changed the hope/);
    expect(await hopes(chat)).toEqual(['happy and have friends', 'my hope is for him to be more independant, like getting himself dressed']);
  });

  it('"my hope is ..." at what makes a kept hope hard adds a hope, never changes the one asked about', async () => {
    const seeded = await startWith({
      today: TODAY, who: 'parent_carer', name: 'Reggie', age: 8,
      hopes: [HAPPY, { text: 'to ride his bike to school', theme: null, needs: [] }],
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    });
    chat = seeded.chat;
    const replies = await chat.say('my hope is for him to be more independant, like getting himself dressed');
    expect(texts(replies)).not.toMatch(/changed the hope/);
    expect(await hopes(chat)).toEqual([HAPPY.text, 'to ride his bike to school', 'my hope is for him to be more independant, like getting himself dressed']);
  });
});
