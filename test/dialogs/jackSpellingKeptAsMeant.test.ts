import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Jack's voice to text writes "collage" for college. As in the hopes and the outcome sentences, the
 * hard things, what helps and "about me" keep it as meant: "college". "make a collage" stays art.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('"collage" typed for college, in every answer kept', () => {
  it('is kept as "college" in about me, the hard thing and what helps', async () => {
    chat = await typedTo(Step.needsHelps, { name: 'Jack', age: '22' }, {
      [Step.aboutMeStrengths]: 'im good with computers and my mates at collage say im funny',
      [Step.aboutMeImportant]: 'going to collage and my family',
      ...typedToNeedsFor('i want to get a job in IT support like on a help desk'),
      [Step.needsBarrier]: 'getting to collage on the bus with the ramp',
    });
    await chat.say('my mate from collage helps me get on the bus');
    const draft = await chat.draft();
    expect(draft?.aboutMe.strengths.join(' ')).toMatch(/mates at college/);
    expect(draft?.aboutMe.important.join(' ')).toMatch(/going to college/);
    expect(draft?.needs.map((n) => n.text)).toEqual(['getting to college on the bus with the ramp']);
    expect(draft?.needs[0]?.helps?.join(' ')).toMatch(/my mate from college helps me/);
    expect(JSON.stringify(draft)).not.toMatch(/collage/);
  });

  it('"make a collage" at what is important stays a collage', async () => {
    chat = await typedTo(Step.aboutMeSupport, { name: 'Jack', age: '22' }, { [Step.aboutMeImportant]: 'i like to make a collage with photos' });
    expect((await chat.draft())?.aboutMe.important.join(' ')).toMatch(/make a collage/);
  });
});
