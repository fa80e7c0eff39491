import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* An outcome is linked to the needs its words answer, and to all of its hope's needs only when it answers none in words. */
const start = () =>
  startWith({
    today: '2026-12-02',
    name: 'Ash',
    age: 12,
    schoolYear: 7,
    hopes: [{ text: 'be a vet one day', theme: 'learning_and_work', needs: ['big dogs scare me', 'reading long words is hard', 'I get tired in the afternoon'] }],
  });

describe('which needs an outcome answers', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"read a whole book about caring for animals" is linked to the reading need only', async () => {
    let seeded;
    ({ chat, seeded } = await start());
    await chat.say('i will read a whole book about caring for animals');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.needIds).toEqual([seeded.needs[1]!.id]);
  });

  it('a step whose words answer none of the needs is linked to them all', async () => {
    let seeded;
    ({ chat, seeded } = await start());
    await chat.say('i will help at the animal shelter on saturdays');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.needIds).toEqual(seeded.needs.map((n) => n.id));
  });
});
