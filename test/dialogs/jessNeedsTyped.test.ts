import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith, type Seed, type SeedHope } from './journeySeed';

/** Jess, 16, in Year 11, with these hopes, at this question. */
function jessWith(hopes: SeedHope[], at: Seed['at']): ReturnType<typeof startWith> {
  return startWith({ today: '2026-12-02', name: 'Jess', age: 16, schoolYear: 11, hopes, at });
}

/** The first hope's needs question. */
const atFirstHope = (step: typeof Step.needsBarrier | typeof Step.needsMore): Seed['at'] => (draft) => ({ stage: 'needs', step, topic: draft.aspirations[0]!.id });

/** Jess has said what makes college hard, and is asked about her hope to be an illustrator. */
async function atJessesIllustratorHope(): Promise<{ chat: Transcript; college: string; art: string; calm: string }> {
  const { chat, seeded } = await jessWith(
    [
      { text: 'go to college', theme: 'learning_and_work', needs: ['i get really nervous meeting new people', 'i find it hard to concentrate'] },
      { text: 'one day be an illustrator', theme: 'learning_and_work', needs: [] },
      { text: 'get less anxious', theme: 'health_and_wellbeing', needs: [] },
    ],
    (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[1]!.id }),
  );
  const [college, art, calm] = seeded.aspirations.map((a) => a.id);
  return { chat, college: college!, art: art!, calm: calm! };
}

/** At her illustrator hope she has said what is hard about her drawing, and what helps with it. */
async function afterHerDrawingHelp(): ReturnType<typeof atJessesIllustratorHope> {
  const at = await atJessesIllustratorHope();
  await at.chat.say('im not very confident with my drawing');
  await at.chat.say('i watch youtube videos of artists sometimes');
  return at;
}

const needsOf = async (chat: Transcript, hope: string) => ((await chat.draft())?.needs ?? []).filter((n) => n.aspirationIds.includes(hope)).map((n) => n.text);

describe('Jess points back at what makes college hard and says something new beside it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('links the college hard things, keeps the new one, and asks what helps with it', async () => {
    let art: string;
    ({ chat, art } = await afterHerDrawingHelp());
    const said = texts(await chat.say('same as college really, plus i dont know how you even get into it'));
    expect(said.toLowerCase()).toContain('i get really nervous meeting new people');
    expect(said).toMatch(/new hard thing: "I don't know how you even get into it"/);
    const kept = await needsOf(chat, art);
    expect(kept).toContain('i find it hard to concentrate');
    expect(kept).toContain('i dont know how you even get into it');
    expect(kept.join(' ')).not.toMatch(/same|college|plus/);
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsHelps, topic: art });
  });
});

describe('Jess says again a hard thing the bot missed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i said ..." at "anything else?" keeps what she said as a hard thing, not as a complaint', async () => {
    const { chat: started, seeded } = await jessWith([{ text: 'one day be an illustrator', theme: 'learning_and_work', needs: ['im not very confident with my drawing'] }], atFirstHope(Step.needsMore));
    chat = started;
    const art = seeded.aspirations[0]!.id;
    const said = texts(await chat.say('i said i dont know how you get into illustrating as a job'));
    expect(said).not.toContain("haven't kept that");
    expect(await needsOf(chat, art)).toContain('i dont know how you get into illustrating as a job');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsHelps, topic: art });
  });
});

describe('Jess says "no wait" at "So nothing makes this hard right now?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the no means something does: the rest is kept for this hope, and her earlier help stays', async () => {
    let art: string;
    let calm: string;
    ({ chat, art, calm } = await afterHerDrawingHelp());
    await chat.say('no');
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsBarrier, topic: calm });
    await chat.say('nope');
    const said = texts(await chat.say('no wait, loud busy places and when people stare at me'));
    expect(said).not.toMatch(/changed/);
    const kept = (await needsOf(chat, calm)).join(' | ');
    expect(kept).toMatch(/^loud busy places/);
    expect(kept).toMatch(/people stare at me/);
    expect(kept).not.toMatch(/no wait/);
    const draft = await chat.draft();
    expect(draft?.needs.find((n) => n.aspirationIds.includes(art) && n.helps?.length)?.helps).toEqual(['i watch youtube videos of artists sometimes']);
    expect(chat.lastQuestion).toMatchObject({ step: Step.needsHelps, topic: calm });
  });
});

describe('Jess says nothing helps, and a tutor who stopped', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps no help for "nothing really", and the tutor as help wished for again, not help that works now', async () => {
    const { chat: started } = await jessWith([{ text: 'pass my maths gcse', theme: 'learning_and_work', needs: [] }], atFirstHope(Step.needsBarrier));
    chat = started;
    await chat.say('i just dont get algebra');
    const said = texts(await chat.say('nothing really. i had a tutor in year 9 but it stopped'));
    expect(said).not.toContain("It's good to know what works");
    const helps = (await chat.draft())?.needs[0]?.helps ?? [];
    expect(helps).toEqual(['It would help to have a tutor again']);
    expect(helps.join(' ')).not.toMatch(/nothing/i);
  });
});

describe('Jess adds a remark about now to a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['get the bus on my own i guess, my mum drives me everywhere', 'get the bus on my own', 'my mum drives me everywhere'],
    ['go to an art club maybe? i dont really have many friends outside school', 'go to an art club', 'i dont really have many friends outside school'],
  ])('"%s" keeps the hope without the hedge, and the remark as what makes it hard', async (typed, hope, hard) => {
    ({ chat } = await jessWith([{ text: 'one day be an illustrator', theme: 'learning_and_work', needs: [] }], () => ({ stage: 'hopes', step: Step.hopesMore })));
    await chat.say(typed);
    const draft = await chat.draft();
    const kept = draft?.aspirations.find((a) => a.text.toLowerCase().startsWith(hope.split(' ')[0]!));
    expect(kept?.text).toBe(hope);
    expect(draft?.needs.filter((n) => n.aspirationIds.includes(kept!.id)).map((n) => n.text)).toEqual([hard]);
  });
});

describe('Jess says the bot changed the wrong thing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"you changed the wrong thing" puts the help back, and keeps the rest as a hard thing', async () => {
    let art: string;
    ({ chat, art } = await afterHerDrawingHelp());
    await chat.say('no wait, loud busy places and when people stare at me');
    const said = texts(await chat.say('you changed the wrong thing. the youtube thing helps with illustration. loud busy places make me anxious'));
    expect(said).toContain('put back "i watch youtube videos of artists sometimes"');
    const draft = await chat.draft();
    expect(draft?.needs.find((n) => n.text === 'im not very confident with my drawing')?.helps).toEqual(['i watch youtube videos of artists sometimes']);
    expect(await needsOf(chat, art)).toContain('loud busy places make me anxious');
    expect(JSON.stringify(draft?.needs)).not.toMatch(/wrong thing|stare at me|helps with illustration/);
  });
});
