import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * At "do you feel safe?", someone doing something to the young person, played down as "not dangerous"
 * or "just annoying": a neighbour who waits, a taxi driver who asks them to sit in front, a hand on a
 * knee, a mum's boyfriend in their bed, older boys who take a bus pass. Never "glad you feel safe".
 */

let chat: Transcript | undefined;
closeAfterEach(() => chat);

const atSafe = (): Promise<Transcript> => typedTo(Step.aboutMeSafe, { name: 'Sam', age: '14' });

describe('someone doing something to them, beside "not dangerous" or "annoying"', () => {
  it.each([
    ['its not dangerous just annoying when the man next door waits for me', 'harm_from_others'],
    ['not scary just annoying when the taxi driver asks me to sit in the front', 'harm_from_others'],
    ['mostly yes but the man on the bus always puts his hand on my knee', 'sexual_abuse'],
    ["yes its well annoying that my mum's boyfriend sleeps in my bed", 'sexual_abuse'],
    ['older boys take my bus pass', 'bullying'],
  ])('%j gets the safety answer and a flag (%s)', async (typed, category) => {
    chat = await atSafe();
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/glad/i);
    expect(said).toMatch(/Childline|0800 1111/);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual([category]);
  });

  it.each(['yes. my mums boyfriend gives me money and tells me not to tell', 'yeah my carer pushes me', 'yes its fine my mums boyfriend makes me sit on his knee'])(
    '%j beside "yes" is never "glad you feel safe", and is flagged',
    async (typed) => {
      chat = await atSafe();
      const said = saidIn(await chat.say(typed));
      expect(said).not.toMatch(/glad/i);
      expect((await chat.draft())?.flags.length).toBeGreaterThan(0);
    },
  );

  it('"older boys take my bus pass" is never read as "rather not say"', async () => {
    chat = await atSafe();
    const said = saidIn(await chat.say('older boys take my bus pass'));
    expect(said).toMatch(/take your things/);
    expect(said).toMatch(/adult you trust/);
    expect(said).not.toMatch(/You don't have to say/);
  });

  it('a parent asking why, beside a brother who pushes him about: the question answered and the pushing heard', async () => {
    chat = await typedTo(Step.aboutMeSafe, { who: 'A parent or carer', name: 'Leo', age: '12' });
    const said = saidIn(await chat.say('yes he is safe. why are you asking me that? his brother pushes him about'));
    expect(said).toMatch(/We ask everyone this/);
    expect(said).not.toMatch(/glad/i);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });
});

describe('leave alone: plain answers that share those words', () => {
  it.each(['yes. the bus is just annoying when its late', 'pass', 'yeah mostly, my little sister takes my charger lol'])('%j gets no flag', async (typed) => {
    chat = await atSafe();
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
  });
});
