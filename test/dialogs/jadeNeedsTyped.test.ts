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
    expect(texts(replies)).toContain('i cant get the bus on my own');
    expect(await needsOf(chat, second)).toEqual(['i cant get the bus on my own']);
    expect((await chat.draft())?.needs).toHaveLength(1);
  });

  it('"wat?? the bus thing isnt for this one" takes the bus off this hope and keeps her right words', async () => {
    let first: string;
    let second: string;
    ({ chat, first, second } = await atJadesSecondHope());
    await chat.say('same as b4 the bus');
    const replies = await chat.say('wat?? the bus thing isnt for this one. its big groups and not having money');
    expect(texts(replies)).toMatch(/taken "i cant get the bus on my own" off this hope/);
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
    expect(texts(replies)).toContain('I have "i get anxious in big groups and money" for this hope');
    expect(await needsOf(chat, second)).toEqual(['i get anxious in big groups and money']);
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsMore, topic: second });
  });
});
