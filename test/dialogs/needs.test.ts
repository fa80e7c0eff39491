import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { MAX_HOPES_IN_DEPTH, MAX_NEEDS_PER_HOPE } from '../../dialogs/hopesInDepth';
import { Transcript, outcomesOf } from '../support/transcript';
import { throughAboutMe, throughWelcome, type Person } from './throughWelcome';
import type { ThemeId } from '../../src/domain/draft';
import { startWith, type Seed } from './journeySeed';

/**
 * Arrives at the first needs question with these hopes: the first is the open dream, the rest
 * come through "another hope?" and then, past three, through the theme questions.
 */
async function atNeeds(hopes: readonly string[], person: Person = {}): Promise<Transcript> {
  const chat = await throughWelcome(person);
  await throughAboutMe(chat);
  const [dream, ...others] = hopes;
  await chat.say(dream!);
  for (const hope of others) {
    if (chat.step === Step.hopesMore) await chat.say(`yes, ${hope}`);
    else await chat.say(hope);
  }
  if (chat.step === Step.hopesMore) await chat.say('no');
  let open = chat.step === Step.hopesTheme;
  while (open) open = (await chat.say('nothing')).some((a) => outcomesOf(a)?.step === Step.hopesTheme);
  expect(chat.step).toBe(Step.needsBarrier);
  return chat;
}

/** A young person at the first needs question, with these hopes and nothing hard said yet. */
const atFirstNeed = (hopes: [string, ThemeId][]): Seed => ({
  today: '2026-12-02', name: 'Connor', age: 20, hopes: hopes.map(([text, theme]) => ({ text, theme, needs: [] })),
  at: (draft) => ({ stage: 'needs', step: 'needs.barrier', topic: draft.aspirations[0]!.id }),
});

const hopeIds = async (chat: Transcript) => ((await chat.draft())?.aspirations ?? []).map((a) => a.id);

describe('needs', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps two things that make it hard, typed in one message, as two needs of that hope, with what helps for both', async () => {
    chat = await atNeeds(['get my own flat']);
    const [flat] = await hopeIds(chat);
    await chat.say('i cant cook and i get stressed in busy places');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('my nan shows me');
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => [n.text, n.aspirationIds, n.helps, n.suggestedSection])).toEqual([
      ['i cant cook', [flat], ['my nan shows me'], 'social_care'],
      ['i get stressed in busy places', [flat], ['my nan shows me'], 'education'],
    ]);
  });

  it('"nothing really helps yet" at what helps is heard kindly and never kept as a help', async () => {
    chat = await atNeeds(['get my own flat']);
    await chat.say('i cant cook');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = await chat.say('nothing really helps yet');
    const said = replies.map((a) => a.text ?? '').join(' ');
    expect(said).not.toMatch(/good to know what works/);
    expect(said).toMatch(/OK/);
    expect(chat.step).toBe(Step.needsMore);
    expect((await chat.draft())!.needs.map((n) => n.helps ?? [])).toEqual([[]]);
  });

  it('a text-speak "no" at what makes it hard is never kept as a need', async () => {
    chat = await atNeeds(['get my own flat']);
    await chat.say('nah not realy');
    expect((await chat.draft())!.needs).toEqual([]);
    expect(chat.step).not.toBe(Step.needsHelps);
  });

  it('a difficulty typed at what helps is kept as something hard, never as a help', async () => {
    chat = await atNeeds(['get my own flat']);
    await chat.say('i cant cook');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = await chat.say('money is confusing and i panic on the phone');
    const said = replies.map((a) => a.text ?? '').join(' ');
    expect(said).not.toMatch(/good to know what works/);
    expect(said).toMatch(/hard/);
    const needs = (await chat.draft())!.needs;
    expect(needs.flatMap((n) => n.helps ?? [])).toEqual([]);
    expect(needs[0]!.text).toBe('i cant cook');
    expect(needs.slice(1).map((n) => n.text).join(' and ')).toBe('money is confusing and i panic on the phone');
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('a bare "no" at what makes it hard gets a short check, not "great" and never the long question again', async () => {
    chat = await atNeeds(['get my own flat']);
    const replies = await chat.say('no');
    const said = replies.map((a) => a.text ?? '').join(' ');
    expect(said).not.toMatch(/great|not sure what/i);
    expect(said).toContain('So nothing makes this hard right now?');
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say('yes');
    expect(chat.step).not.toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it('"nah" then "no" at the check asks what makes it hard again, without the stage\'s opening words', async () => {
    chat = await atNeeds(['get my own flat']);
    await chat.say('nah');
    const replies = await chat.say('no');
    const said = replies.map((a) => a.text ?? '').join(' ');
    expect(said).toContain('What makes this hard for you right now?');
    expect(said).not.toContain("Next, let's think");
    await chat.say('i cant cook');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['i cant cook']);
  });

  it('"nothing really" at what makes it hard moves on; a reply not understood is asked again without the opening words', async () => {
    chat = await atNeeds(['get my own flat', 'have more friends']);
    const missed = (await chat.say('yes')).map((a) => a.text ?? '').join(' ');
    expect(missed).not.toContain("Next, let's think");
    await chat.say('nothing really');
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it('"nothing makes it hard" at the check moves on', async () => {
    chat = await atNeeds(['get my own flat']);
    await chat.say('no');
    await chat.say('nothing makes it hard');
    expect(chat.step).not.toBe(Step.needsBarrier);
  });

  it('asks what makes each hope hard and what helps, linking every need to its hope', async () => {
    chat = await atNeeds(['I want to be a vet', 'live in my own flat']);
    const [vet, flat] = await hopeIds(chat);
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsBarrier, topic: vet, progress: { stage: 4, of: 6 } });

    await chat.say('Busy places make me worried');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsHelps, topic: vet });
    await chat.say('My mum comes with me');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsMore, topic: vet });
    expect(chat.lastQuestion?.choices).toHaveLength(2);

    await chat.say('yes, and noise');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsHelps, topic: vet });
    await chat.say('Nothing yet');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsMore, topic: vet });
    await chat.say('no');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsBarrier, topic: flat });

    await chat.say("I can't cook yet");
    await chat.say('skip');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsMore, topic: flat });
    const replies = await chat.say('no');
    expect(replies.some((a) => outcomesOf(a)?.step?.startsWith('needs.'))).toBe(false);

    const needs = (await chat.draft())?.needs;
    expect(needs).toEqual([
      { id: expect.any(String), text: 'Busy places make me worried', aspirationIds: [vet], helps: ['My mum comes with me'], suggestedSection: 'education' },
      { id: expect.any(String), text: 'noise', aspirationIds: [vet], suggestedSection: 'education' },
      { id: expect.any(String), text: "I can't cook yet", aspirationIds: [flat], suggestedSection: 'social_care' },
    ]);
  });

  it('a bare yes to "anything else?" asks what else, on the same hope', async () => {
    chat = await atNeeds(['I want to be a vet']);
    const [vet] = await hopeIds(chat);
    await chat.say('Reading is hard for me');
    await chat.say('Audiobooks');
    await chat.say('yes');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsBarrier, topic: vet });
    await chat.say('Exams make me panic');
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(['Reading is hard for me', 'Exams make me panic']);
  });

  it('"nothing makes it hard" stores no need and moves to the next hope', async () => {
    chat = await atNeeds(['I want to be a vet', 'go to college']);
    const [, college] = await hopeIds(chat);
    await chat.say('Nothing makes it hard');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsBarrier, topic: college });
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it(`stops asking "anything else?" after ${MAX_NEEDS_PER_HOPE} needs for one hope`, async () => {
    chat = await atNeeds(['I want to be a vet']);
    await chat.say('Reading');
    await chat.say('nothing');
    await chat.say('yes, writing');
    await chat.say('nothing');
    await chat.say('yes, exams');
    const replies = await chat.say('nothing');
    expect(replies.some((a) => outcomesOf(a)?.step === Step.needsMore)).toBe(false);
    expect((await chat.draft())?.needs).toHaveLength(MAX_NEEDS_PER_HOPE);
  });

  it(`explores at most ${MAX_HOPES_IN_DEPTH} hopes, the first one first and across the themes, and says why the others were not asked about`, async () => {
    const hopes: [string, ThemeId][] = [
      ['I want to be a vet', 'learning_and_work'], ['go to college', 'learning_and_work'], ['get a job', 'learning_and_work'], ['cook my own dinner', 'independent_living'],
      ['make a friend at a club', 'friends_and_community'], ['feel calm and happy', 'health_and_wellbeing'], ['learn to swim', 'health_and_wellbeing'], ['have a party for my birthday', 'friends_and_community'],
    ];
    ({ chat } = await startWith(atFirstNeed(hopes)));
    const draft = await chat.draft();
    expect(draft?.aspirations.length).toBeGreaterThan(MAX_HOPES_IN_DEPTH);
    const topics: string[] = [];
    let open: string | undefined = chat.lastQuestion?.topic;
    let last = '';
    while (open && topics.length < 10) {
      topics.push(open);
      const replies = await chat.say('nothing');
      last = replies.map((a) => a.text ?? '').join('\n');
      open = replies.some((a) => outcomesOf(a)?.step === Step.needsBarrier) ? chat.lastQuestion?.topic : undefined;
    }
    expect(topics).toHaveLength(MAX_HOPES_IN_DEPTH);
    expect(topics[0]).toBe(draft?.aspirations[0]?.id);
    const themes = topics.map((id) => draft?.aspirations.find((a) => a.id === id)?.theme);
    expect(new Set(themes).size).toBe(new Set(draft?.aspirations.map((a) => a.theme)).size);
    expect(last).toContain('still in your plan');
  });

  it('asks about every hope when there are no more than a plan has outcomes, two about living on his own as well', async () => {
    const hopes: [string, ThemeId][] = [
      ['wanna work in a cafe n get paid', 'learning_and_work'], ['my own flat', 'independent_living'], ['get the bus on my own. to new places', 'independent_living'],
      ['watch the football with my mates', 'friends_and_community'], ['walk buster more', 'health_and_wellbeing'],
    ];
    ({ chat } = await startWith(atFirstNeed(hopes)));
    const draft = (await chat.draft())!;
    const asked: string[] = [];
    for (let turn = 0; turn < 12 && chat.step === Step.needsBarrier; turn++) {
      asked.push(chat.lastQuestion!.topic!);
      await chat.say('nothing');
    }
    expect(asked).toEqual(draft.aspirations.map((a) => a.id));
    expect(draft.aspirations.map((a) => a.text)).toContain('get the bus on my own. to new places');
  });

  it('asks a parent or carer about their child by name, with the hope in the question', async () => {
    chat = await atNeeds(['to ride a bike'], { who: 'A parent or carer', name: 'Amira', age: '3' });
    expect(chat.lastQuestion?.activity.text).toContain('Amira');
    expect(chat.lastQuestion?.activity.text).toContain('to ride a bike');
    await chat.say('Her balance');
    expect(chat.lastQuestion?.activity.text).toContain('Amira');
  });
});
