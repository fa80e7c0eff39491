import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';
import { atReviewSummary } from './reviewSeed';

/* At the review, Noah's mum says a part kept as hard is a good thing about him. */

const LAUGHS = 'he laughs loads and hes so cuddly, everyone at the playgroup loves him';
const NOAH = () =>
  startWith(
    parentSeed({ name: 'Noah', age: 2, schoolYear: -1 }, [
      { text: 'to talk, even a few words', theme: 'learning_and_work', needs: ['he only says a few sounds'] },
      { text: 'to have friends at nursery', theme: 'friends_and_community', needs: [LAUGHS] },
    ], { at: atReviewSummary }),
  );

describe('a good thing kept as hard, moved at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'the laughing and cuddly bit shouldnt be in the hard things, its a good thing about him',
    'move the laughing one from hard things to what people like about him',
    'the cuddly bit isnt a problem, its a good thing about him',
    'the laughing one is a strength not a need',
    'put the cuddly one with what people like about him, not in the hard things',
  ]) {
    it(`moves it to what people like about him, with no check: "${said}"`, async () => {
      ({ chat } = await NOAH());
      const text = saidIn(await chat.say(said));
      expect(text).not.toMatch(/Are you OK/);
      expect(chat.step).toBe(Step.reviewSummary);
      const draft = (await chat.draft())!;
      expect(draft.flags).toHaveLength(0);
      expect(draft.needs.map((n) => n.text)).toEqual(['he only says a few sounds']);
      expect(draft.aboutMe.strengths).toEqual([LAUGHS]);
    });
  }

  for (const said of ['remove the laughing one', 'looks good']) {
    it(`leave alone: "${said}" moves nothing to what people like`, async () => {
      ({ chat } = await NOAH());
      await chat.say(said);
      expect((await chat.draft())!.aboutMe.strengths).toHaveLength(0);
    });
  }
});
