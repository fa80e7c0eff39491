import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/** Jade, 17, has said the bus is what makes her first hope hard, and is asked about her second. */
async function atJadesSecondHope(): Promise<{ chat: Transcript; first: string; second: string }> {
  const { chat, seeded } = await startWith({
    today: '2026-12-02',
    who: 'self',
    name: 'Jade',
    age: 17,
    schoolYear: 12,
    hopes: [
      { text: 'go to college on my own', theme: 'independent_living', needs: ['i cant get the bus on my own'] },
      { text: 'get a job in a shop', theme: 'learning_and_work', needs: [] },
    ],
    at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[1]!.id }),
  });
  return { chat, first: seeded.aspirations[0]!.id, second: seeded.aspirations[1]!.id };
}

const needsOf = async (chat: Transcript, hope: string) => ((await chat.draft())?.needs ?? []).filter((n) => n.aspirationIds.includes(hope)).map((n) => n.text);

describe('Jade types "same as b4" followed by new words at what makes her second hope hard', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps her new words, never "as b4", and links no need the words do not name', async () => {
    let second: string;
    ({ chat, second } = await atJadesSecondHope());
    await chat.say('same as b4 i get anxious in big groups. and money');
    const kept = await needsOf(chat, second);
    expect(kept.join(' | ')).toMatch(/anxious in big groups/);
    expect(kept.join(' | ')).toMatch(/money/);
    expect(kept.join(' ')).not.toMatch(/b4|\bas\b.*before/i);
    expect(kept.join(' ')).not.toMatch(/bus/);
  });

  it('"same as b4 the bus" links the bus need she said before, and keeps nothing new', async () => {
    let second: string;
    ({ chat, second } = await atJadesSecondHope());
    const replies = await chat.say('same as b4 the bus');
    expect(texts(replies)).toContain("I can't get the bus on my own");
    expect(await needsOf(chat, second)).toEqual(['i cant get the bus on my own']);
    expect((await chat.draft())?.needs).toHaveLength(1);
  });

  it('"wat?? the bus thing isnt for this one" takes the bus off this hope and keeps her right words', async () => {
    let first: string;
    let second: string;
    ({ chat, first, second } = await atJadesSecondHope());
    await chat.say('same as b4 the bus');
    const replies = await chat.say('wat?? the bus thing isnt for this one. its big groups and not having money');
    expect(texts(replies)).toMatch(/taken "I can.t get the bus on my own" off this hope/);
    expect(await needsOf(chat, second)).toEqual(['big groups and not having money']);
    // The bus is still what makes her first hope hard.
    expect(await needsOf(chat, first)).toEqual(['i cant get the bus on my own']);
    expect((await chat.draft())?.needs.map((n) => n.text).join(' ')).not.toMatch(/wat|isnt for/);
  });

  it('the right words she already has for this hope are not kept twice', async () => {
    let second: string;
    ({ chat, second } = await atJadesSecondHope());
    await chat.say('same as b4 the bus');
    await chat.say('yes');
    await chat.say('i get anxious in big groups and money');
    await chat.say('nothing');
    const replies = await chat.say('the bus isnt for this one. its big groups and money');
    expect(texts(replies)).toContain('I have "I get anxious in big groups and money" for this hope');
    expect(await needsOf(chat, second)).toEqual(['i get anxious in big groups and money']);
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsMore, topic: second });
  });
});

describe('Jade says a hope was skipped during the hard-things questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  /** Three hopes; she has answered the first and is at the third, the resit passed over. */
  async function pastTheResit(): Promise<{ resit: string; shop: string }> {
    const started = await startWith({
      today: '2026-12-02',
      name: 'Jade',
      age: 17,
      schoolYear: 12,
      hopes: [
        { text: 'go to college on my own', theme: 'independent_living', needs: [] },
        { text: 'pass my english resit', theme: 'learning_and_work', needs: [] },
        { text: 'get a job in a shop', theme: 'learning_and_work', needs: [] },
      ],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[2]!.id }),
    });
    chat = started.chat;
    return { resit: started.seeded.aspirations[1]!.id, shop: started.seeded.aspirations[2]!.id };
  }

  it('is answered with a sorry and that hope is asked about next, never kept as a hard thing', async () => {
    const { resit, shop } = await pastTheResit();
    const replies = await chat.say('u skipped my english resit hope. u didnt ask wats hard about it');
    expect(texts(replies)).toMatch(/Sorry/);
    expect(texts(replies)).toContain('pass my english resit');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsBarrier, topic: resit });
    expect((await chat.draft())?.needs).toEqual([]);
    await chat.say('i get stressed in exams');
    await chat.say('extra time');
    await chat.say('no');
    // Then back to the hope she was at.
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsBarrier, topic: shop });
  });

  it('a hope still to come is said to come after this one, and then is this one', async () => {
    const { chat: started, seeded } = await startWith({
      today: '2026-12-02',
      name: 'Jade',
      age: 17,
      schoolYear: 12,
      hopes: [
        { text: 'get a job in a shop', theme: 'learning_and_work', needs: [] },
        { text: 'pass my english resit', theme: 'learning_and_work', needs: [] },
      ],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    });
    chat = started;
    await chat.say('i get anxious in big groups');
    const replies = await chat.say('u skipped my english resit hope. u didnt ask wats hard about it');
    expect(texts(replies)).toMatch(/after this hope/);
    expect(texts(replies)).not.toMatch(/kept/);
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsHelps, topic: seeded.aspirations[0]!.id });
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(['i get anxious in big groups']);
    expect((await chat.draft())?.needs[0]?.helps ?? []).toEqual([]);
    await chat.say('nothing');
    await chat.say('no');
    const more = await chat.say('u forgot my english resit one');
    expect(texts(more)).toMatch(/This question is about "pass my english resit"/);
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsBarrier, topic: seeded.aspirations[1]!.id });
  });
});
