import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addNeed, type Draft } from '../../src/domain/draft';
import { needSection } from '../../src/language';
import type { Transcript } from '../support/transcript';
import { saidIn, parentSeed, startWith } from './journeySeed';

/*
 * A need moved to another area ("put the pencil one under learning") is read back under that area,
 * in the card and in the draft, not under the area its words first suggested.
 */

const PENCIL = 'he cant hold a pencil for long, his hands get tired';
const withNeed = (draft: Draft) => addNeed(draft, PENCIL, [draft.aspirations[0]!.id], needSection(PENCIL)).draft;
const SEED = parentSeed({ name: 'Reggie', age: 8, schoolYear: 3 }, [{ text: 'to enjoy school', theme: 'learning_and_work', needs: [] }], { change: withNeed, at: () => ({ stage: 'review', step: Step.reviewSummary }) });

describe('a need moved to another area', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const card = () => JSON.stringify(chat.lastQuestion?.activity.attachments ?? []);

  it('is read back under the new area', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('what makes things hard');
    expect(card()).toContain(`${PENCIL} (senses and body)`);
    await chat.say('put the pencil one under learning');
    expect(saidIn(await chat.say('yes'))).toMatch(/now under learning/);
    expect((await chat.draft())!.needs[0]).toMatchObject({ suggestedSection: 'education', area: 'learning' });
    await chat.say('show what is hard please');
    expect(card()).toContain(`${PENCIL} (learning)`);
    expect(card()).not.toContain('(senses and body)');
  });

  it('"now under learning", said of the one need, moves it', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('now under learning');
    expect(saidIn(await chat.say('yes'))).toMatch(/now under learning/);
    expect((await chat.draft())!.aspirations).toHaveLength(1);
    await chat.say('show what is hard please');
    expect(card()).toContain(`${PENCIL} (learning)`);
  });

  it('moved to health and back to school, its words say its area again', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('put the pencil one under learning');
    await chat.say('yes');
    await chat.say('put the pencil one under health');
    await chat.say('yes');
    expect((await chat.draft())!.needs[0]!.area).toBeUndefined();
    await chat.say('put the pencil one under school');
    await chat.say('yes');
    await chat.say('show what is hard please');
    expect(card()).toContain(`${PENCIL} (senses and body)`);
  });
});
