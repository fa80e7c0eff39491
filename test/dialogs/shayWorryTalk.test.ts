import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Shay, 22, easy read, told of a best mate who has her buy him things; the worry was noted. What she
 * says of it later is heard: money gone on him goes to the same note, "nan is nice" is heard (nan is
 * not the worry), "i dont want police" and "wot help" get a true answer (the choice is hers), a new
 * threat gets a kind word. None of it is kept in her plan; harm told beside it is still heard.
 */

const TOLD = 'i got mates at centre. jay is my best mate. he asks me to buy him stuff like fags and food and his fone top up. i dont mind';
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

/** Shay at "What helps you with this now?", after the worry was told there and she carried on. */
async function shayAfterTheWorry(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Shay',
    age: 22,
    hopes: [{ text: 'go shopping on my own', theme: 'independent_living', needs: ['i cant do money'] }],
    change: (d: Draft): Draft => ({ ...d, youngPerson: { ...d.youngPerson, readingMode: 'easy_read' } }),
    journey: { mode: 'easy_read' },
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  }));
  await chat.say(TOLD);
  await chat.say('yeh im ok');
  await chat.say('carry on');
  expect(chat.step).toBe(Step.needsHelps);
  return chat;
}

const planWords = (d: Draft | undefined): string => JSON.stringify([d?.aspirations, d?.needs, d?.outcomes, d?.aboutMe]);

describe('after a worry about a mate who has her buy him things', () => {
  it('"i always run out cos i buy jay stuff" is added to the note about it, and never kept', async () => {
    const chat = await shayAfterTheWorry();
    const said = saidIn(await chat.say('i cant do money. i always run out cos i buy jay stuff. nan gets cross'));
    expect(said).toMatch(/added that to the note about your worry/);
    const draft = await chat.draft();
    expect(planWords(draft)).not.toMatch(/jay stuff/);
    expect(draft?.flags).toHaveLength(1);
  });

  it('"wot?? nan is nice. she helps me wiv money. i dont want police": nan is not the worry, and the police are her choice', async () => {
    const chat = await shayAfterTheWorry();
    const said = saidIn(await chat.say('wot?? nan is nice. she helps me wiv money. i dont want police'));
    expect(said).toMatch(/not the worry/);
    expect(said).toMatch(/I will not call the police/);
    expect(said).toMatch(/your choice/);
    expect(said).not.toMatch(/Sorry, I did not get that/);
    const draft = await chat.draft();
    expect(planWords(draft)).not.toMatch(/police|nan is nice/);
    expect(draft?.flags).toHaveLength(1);
  });

  it('"NAN HELPS ME. shes not the worry" keeps only "nan helps me" as help', async () => {
    const chat = await shayAfterTheWorry();
    await chat.say('NAN HELPS ME. shes not the worry');
    const draft = await chat.draft();
    expect(draft?.needs[0]?.helps?.join(' ')).toMatch(/nan helps me/i);
    expect(planWords(draft)).not.toMatch(/not the worry/);
  });

  it.each([
    ['shes not the worry. he is', /\bhe is\b/],
    ['nan is not the worry. my uncle is', /uncle/],
    ['mum is nice to me. dads not', /dads not/],
    ['its not nan, my uncle is the worry', /uncle/],
  ])('"%s": the one said to be the worry is heard as the worry, never as help', async (typed, kept) => {
    const chat = await shayAfterTheWorry();
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/who the worry is/);
    expect(said).not.toMatch(/they help you|They help you/);
    expect(said).not.toMatch(/Sorry, I did not get that/);
    const draft = await chat.draft();
    expect(planWords(draft)).not.toMatch(kept);
    expect(draft?.needs[0]?.helps ?? []).toEqual([]);
    expect(draft?.flags).toHaveLength(1);
  });

  it('"my nan helps me" is still kept as help', async () => {
    const chat = await shayAfterTheWorry();
    await chat.say('my nan helps me');
    expect((await chat.draft())?.needs[0]?.helps?.join(' ')).toMatch(/nan helps me/i);
  });

  it('"wot help. u sed police. i dont want jay in trubble" is answered and never kept', async () => {
    const chat = await shayAfterTheWorry();
    const said = saidIn(await chat.say('wot help. u sed police. i dont want jay in trubble'));
    expect(said).toMatch(/people you can talk to/);
    expect(said).toMatch(/your choice/);
    expect(chat.step).toBe(Step.needsHelps);
    expect(planWords(await chat.draft())).not.toMatch(/police|trubble|wot help/);
  });

  it('"he sed if i dont get him stuff he wont be my mate no more" gets a kind word and is added to the note', async () => {
    const chat = await shayAfterTheWorry();
    const said = saidIn(await chat.say('he sed if i dont get him stuff he wont be my mate no more'));
    expect(said).toMatch(/A real friend does not say that/);
    expect(said).not.toMatch(/You told me about this before/);
  });

  it.each(['nan is nice. she hits me', 'i dont want police. my carer hits me'])('"%s" is still heard as harm', async (typed) => {
    const chat = await shayAfterTheWorry();
    await chat.say(typed);
    const draft = await chat.draft();
    expect(draft?.flags.map((f) => f.category)).toContain('harm_from_others');
  });
});
