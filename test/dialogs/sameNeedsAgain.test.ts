import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/** A parent of Tomasz who has told what makes his first hope hard, and is asked about the second. */
async function atTheSecondHope(): Promise<{ chat: Transcript; second: string }> {
  const { chat, seeded } = await startWith(
    parentSeed({ name: 'Tomasz', age: 11, schoolYear: 6 }, [
      { text: 'to have friends at secondary', theme: 'friends_and_community', needs: [] },
      { text: 'to be a footballer or a vet', theme: 'learning_and_work', needs: [] },
    ], { at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }) }),
  );
  await chat.say('he struggles with reading and he gets upset when things change');
  await chat.say('a visual timetable');
  await chat.say('yes, loud places');
  await chat.say('ear defenders');
  await chat.say('no');
  const second = seeded.aspirations[1]!.id;
  expect(chat.lastQuestion).toMatchObject({ step: Step.needsBarrier, topic: second });
  return { chat, second };
}

const linkedTo = async (chat: Transcript, hope: string) => ((await chat.draft())?.needs ?? []).filter((n) => n.aspirationIds.includes(hope)).map((n) => n.text);

describe('"same as before" at what makes another hope hard links the needs already given', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['same as before, the reading and changes', ['he struggles with reading', 'he gets upset when things change']],
    ['the same things as the other one really', ['he struggles with reading', 'he gets upset when things change', 'loud places']],
    ['like i said before, loud places', ['loud places']],
    ['same again', ['he struggles with reading', 'he gets upset when things change', 'loud places']],
    ['thats the same as the first one', ['he struggles with reading', 'he gets upset when things change', 'loud places']],
    // The pointer after the thing named.
    ['the reading like i said', ['he struggles with reading']],
    ['loud places as i said before', ['loud places']],
  ])('"%s"', async (typed, needs) => {
    let second: string;
    ({ chat, second } = await atTheSecondHope());
    const replies = await chat.say(typed);
    const said = texts(replies);
    expect(said).toContain("I've linked these to this hope too");
    expect(said).not.toContain("haven't kept that");
    for (const need of needs) expect(said).toContain(need);
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsMore, topic: second });
    expect((await linkedTo(chat, second)).sort()).toEqual([...needs].sort());
    // Nothing new was kept in the pointer's words.
    expect((await chat.draft())?.needs.map((n) => n.text).join(' ')).not.toMatch(/same|before/i);
  });

  it('named words that match nothing are kept as a new need beside the others', async () => {
    let second: string;
    ({ chat, second } = await atTheSecondHope());
    await chat.say('same as before and also his handwriting');
    expect(await linkedTo(chat, second)).toContain('his handwriting');
  });

  it('"yes the reading like i said" about this hope\'s own need keeps nothing new', async () => {
    const { chat: started, seeded } = await startWith({
      today: '2026-12-02',
      who: 'parent_carer',
      name: 'Tomasz',
      age: 11,
      schoolYear: 6,
      hopes: [{ text: 'to be a footballer or a vet', theme: 'learning_and_work', needs: [] }],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    });
    chat = started;
    await chat.say('he struggles with reading');
    await chat.say('nothing really');
    const replies = await chat.say('yes the reading like i said');
    expect(texts(replies)).toContain('I have that already');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsMore, topic: seeded.aspirations[0]!.id });
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(['he struggles with reading']);
  });
});
