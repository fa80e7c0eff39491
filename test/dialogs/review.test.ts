import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_CONTENT_TYPE, Step } from '../../dialogs/ids';
import { addAboutMe, setKeyWorker, type Draft } from '../../src/domain/draft';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/** A draft as the earlier stages leave it: about me, two hopes with needs, one outcome each. */
function filledIn(draft: Draft): Draft {
  return withConfirmedOutcomes(addAboutMe(draft, 'strengths', 'I am good at drawing'), (i) => ({
    statement: `By the end of Year 11, I will do step ${i + 1}.`,
    timeframe: { phrase: 'by the end of Year 11', date: '2026-07-22' },
    doesForMe: 'I would feel proud',
    makesPossible: 'I could get a job',
    provision: 'a quiet room',
  }));
}

const SEED: Seed = samAtReview(
  10,
  [
    { text: 'I want to design computer games', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] },
    { text: 'Have more friends', theme: 'friends_and_community', needs: ['Busy places make me worried'] },
  ],
  filledIn,
);

type CardElement = { type: string; text?: string; items?: CardElement[]; facts?: { title: string; value: string }[] };

function cardTexts(elements: readonly CardElement[]): string[] {
  return elements.flatMap((e) => [
    ...(e.text ? [e.text] : []),
    ...(e.facts ?? []).map((f) => f.value),
    ...cardTexts(e.items ?? []),
  ]);
}

describe('the review stage', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const textsOf = (attachments: readonly { content?: unknown }[] | undefined): string[] =>
    (attachments ?? []).flatMap((a) => cardTexts((a.content as { body?: CardElement[] })?.body ?? []));

  it('reads back a short summary first: how many hopes, needs and outcomes, and what is missing', async () => {
    ({ chat } = await startWith(SEED));
    const question = chat.lastQuestion!;
    expect(question.step).toBe(Step.reviewSummary);
    expect(question.choices).toEqual(['Looks good', 'Change something', 'About me', 'Hopes', 'What makes things hard', 'Outcomes']);
    const card = question.activity.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect((card?.content as { version: string }).version).toBe('1.5');
    const texts = textsOf(question.activity.attachments);
    expect(texts).toContain('You told me 2 hopes, 2 things that make things hard and 2 outcomes.');
    // The parts are read back in full only when asked for.
    for (const words of ['I am good at drawing', 'I would feel proud', 'a quiet room', '• Busy places make me worried']) expect(texts.join(' ')).not.toContain(words);
    expect(texts.length).toBeLessThanOrEqual(8);
  });

  it('names what is missing: an outcome with no way to know it is done, a hope with no outcome', async () => {
    const missing: Seed = { ...SEED, change: (d) => { const f = filledIn(d); return { ...f, outcomes: [{ ...f.outcomes[0]!, measure: undefined }] }; } };
    ({ chat } = await startWith(missing));
    const texts = textsOf(chat.lastQuestion!.activity.attachments);
    expect(texts).toContain('• How we will know, for "By the end of Year 11, I will do step 1"');
    expect(texts).toContain('• An outcome for the hope "Have more friends"');
  });

  it('"see it all" reads every section back; "show me the goals" only the outcomes', async () => {
    ({ chat } = await startWith(SEED));
    const all = await chat.say('can i see it all please');
    const texts = all.flatMap((a) => textsOf(a.attachments));
    for (const words of [
      'I am good at drawing',
      '• Have more friends',
      '• Busy places make me worried',
      'By the end of Year 11, I will do step 1.',
      'By the end of Year 11 (22 July 2026)',
      'I would feel proud',
      'I could get a job',
      'a quiet room',
    ]) {
      expect(texts).toContain(words);
    }
    expect(chat.step).toBe(Step.reviewSummary);
    const goals = (await chat.say('show me the goals')).flatMap((a) => textsOf(a.attachments));
    expect(goals).toContain('By the end of Year 11, I will do step 2.');
    expect(goals).not.toContain('I am good at drawing');
    expect(goals).not.toContain('• Busy places make me worried');
    const draft = await chat.draft();
    await chat.say('looks good');
    expect(chat.step).toBe(Step.reviewDone);
    expect((await chat.draft())?.outcomes).toEqual(draft?.outcomes);
  });

  it('changes the item the person picks to their new words', async () => {
    const { chat: c, seeded } = await startWith(SEED);
    chat = c;
    await chat.say('Change something');
    expect(chat.step).toBe(Step.reviewChange);
    const friends = chat.lastQuestion!.choices.find((label) => label.includes('Have more friends'))!;
    await chat.say(friends);
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion?.choices).toEqual([]);
    await chat.say('Have a best friend to go to the park with');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.find((a) => a.id === seeded.aspirations[1]!.id)?.text).toBe('Have a best friend to go to the park with');
    expect(draft.aspirations[0]!.text).toBe('I want to design computer games');
  });

  it('"delete" while choosing a part takes out one part after a yes, never all the data', async () => {
    const { chat: c, seeded } = await startWith(SEED);
    chat = c;
    await chat.say('change something');
    expect(chat.step).toBe(Step.reviewChange);
    const replies = await chat.say('delete');
    expect(chat.step).toBe(Step.reviewChange);
    expect(replies.map((a) => a.text ?? '').join(' ')).not.toMatch(/all your answers|everything/i);
    await chat.say('2');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion?.choices).toHaveLength(2);
    await chat.say('yeah');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.aboutMe.strengths).toEqual(['I am good at drawing']);
    // Part 2 is the first hope: it goes with its own need and outcome, and nothing else.
    expect(draft.aspirations.length + draft.needs.length + draft.outcomes.length).toBe(seeded.aspirations.length + seeded.needs.length + seeded.outcomes.length - 3);
  });

  it('"remove number 2" at the read-back takes out that one part after a yes, never all the data', async () => {
    const { chat: c, seeded } = await startWith(SEED);
    chat = c;
    const before = seeded.aspirations.length + seeded.needs.length + seeded.outcomes.length;
    const replies = await chat.say('remove number 2');
    expect(replies.map((a) => a.text ?? '').join(' ')).not.toMatch(/all your answers|everything/i);
    expect(chat.lastQuestion?.choices).toHaveLength(2);
    await chat.say('yes');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    // Part 2 is the first hope: it goes with its own need and outcome, and nothing else.
    expect(draft.aspirations.length + draft.needs.length + draft.outcomes.length).toBe(before - 3);
  });

  it('"delete it" at the read-back asks which part, and "I\'d like it removed completely please" at new words is not kept as words', async () => {
    const { chat: c, seeded } = await startWith(SEED);
    chat = c;
    const replies = await chat.say('delete it');
    expect(replies.map((a) => a.text ?? '').join(' ')).not.toMatch(/all your answers|everything/i);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('2');
    await chat.say('no keep it');
    await chat.say('change something');
    await chat.say('2');
    await chat.say("I'd like it removed completely please");
    expect(chat.lastQuestion?.choices).toHaveLength(2);
    await chat.say('yes please');
    const draft = (await chat.draft())!;
    const texts = [...draft.aspirations, ...draft.needs, ...draft.outcomes].map((i) => ('text' in i ? i.text : ''));
    expect(texts.join(' ')).not.toMatch(/removed completely/i);
    // Part 2 is the first hope: it goes with its own need and outcome, and nothing else.
    expect(draft.aspirations.length + draft.needs.length + draft.outcomes.length).toBe(seeded.aspirations.length + seeded.needs.length + seeded.outcomes.length - 3);
  });

  it('"get rid of the friends one" asks before taking that hope out; no keeps it', async () => {
    const { chat: c } = await startWith(SEED);
    chat = c;
    await chat.say('change something');
    await chat.say('get rid of have more friends');
    expect(chat.lastQuestion?.activity.text).toContain('Have more friends');
    await chat.say('no keep it');
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toContain('Have more friends');
  });

  it('offers to share only when there is a key worker code, and records the answer', async () => {
    ({ chat } = await startWith({ ...SEED, change: (d) => setKeyWorker(filledIn(d), { invitationCode: 'ABCD-1234', shared: false }) }));
    await chat.say('Looks good');
    expect(chat.step).toBe(Step.reviewShare);
    await chat.say('yes please');
    expect(chat.step).toBe(Step.reviewDone);
    expect((await chat.draft())!.keyWorker).toEqual({ invitationCode: 'ABCD-1234', shared: true });
  });

  it('finishes with the draft attached, skipping the share question without a code', async () => {
    ({ chat } = await startWith(SEED));
    const replies = await chat.say('Looks good');
    expect(chat.step).toBe(Step.reviewDone);
    const done = replies.find((a) => outcomesOf(a)?.step === Step.reviewDone)!;
    const attachment = done.attachments?.find((a) => a.contentType === DRAFT_CONTENT_TYPE);
    expect((attachment?.content as Draft).outcomes).toHaveLength(2);
    // No export routes in this build: no links are offered rather than broken ones.
    expect((done.channelData as { outcomes: { downloads?: unknown } }).outcomes.downloads).toBeUndefined();
    expect((await chat.draft())!.keyWorker).toBeUndefined();
  });

  it('shows a parent the card in easy read about their child', async () => {
    ({ chat } = await startWith({ ...SEED, who: 'parent_carer', name: 'Maisie', age: 4, schoolYear: undefined }));
    await chat.say('easy read');
    const question = chat.lastQuestion!;
    expect(question.step).toBe(Step.reviewSummary);
    expect(question.mode).toBe('easy_read');
    const texts = cardTexts((question.activity.attachments?.[0]?.content as { body: CardElement[] }).body);
    expect(texts.some((t) => t.includes('Maisie'))).toBe(true);
  });
});
