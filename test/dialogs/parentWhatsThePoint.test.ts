import { describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo, typedToNeedsFor, type Typed } from '../support/typedWay';

/*
 * A parent's "whats the point of all these questions" or "honestly whats the point, nobody listens to us" is frustration
 * with the process: answered kindly (why we ask), never kept as an answer and never the self-harm "Are you OK?".
 * A parent's "some days i feel whats the point of going on" and a young person's "whats the point of me" are still heard.
 */

const standard = createWords().forMode('standard');
const GENTLE = standard('safeguarding:gentle.question');
const WHY = standard('common:whyWeAsk');
const PARENT = { who: 'A parent or carer', name: 'Leo', age: '9' } as const;
const TO_NEEDS: Typed = { ...typedToNeedsFor('to play football for a team'), [Step.needsBarrier]: 'he finds it hard to wait his turn' };

let chat: Transcript | undefined;
closeAfterEach(() => chat);

const AT: ReadonlyArray<[StepId, Typed]> = [
  [Step.aboutMeImportant, {}],
  [Step.hopesDream, {}],
  [Step.needsHelps, TO_NEEDS],
];

describe("a parent's frustration with the questions", () => {
  for (const [step, typed] of AT)
    for (const said of ['whats the point of all these questions', 'honestly whats the point, nobody listens to us'])
      it(`"${said}" at ${step} is answered kindly, not kept, never "Are you OK?"`, async () => {
        chat = await typedTo(step, PARENT, typed);
        const reply = saidIn(await chat.say(said));
        expect(reply).toContain(WHY);
        expect(reply).not.toContain(GENTLE);
        expect(reply).not.toMatch(/kept|hopes for Leo is/i);
        expect(chat.step).toBe(step);
        expect((await chat.draft())!.flags).toEqual([]);
      });

  it('"some days i feel whats the point of going on" from a parent is still heard', async () => {
    chat = await typedTo(Step.aboutMeImportant, PARENT);
    const reply = saidIn(await chat.say('some days i feel whats the point of going on'));
    expect(reply).toMatch(/Samaritans|116 123|GENTLE/);
    expect(reply).not.toContain(WHY);
  });

  it('"whats the point of all these questions, i want to die" from a parent gets the full answer', async () => {
    chat = await typedTo(Step.hopesDream, PARENT);
    expect(saidIn(await chat.say('whats the point of all these questions, i want to die'))).toMatch(/Samaritans|116 123/);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });

  it('"whats the point of me" from a young person is still heard', async () => {
    chat = await typedTo(Step.aboutMeImportant);
    expect(saidIn(await chat.say('whats the point of me'))).toMatch(/Childline|Samaritans|116 123/);
  });

  it('"honestly whats the point nobody listens to me" from a young person is still asked after', async () => {
    chat = await typedTo(Step.aboutMeImportant);
    expect(saidIn(await chat.say('honestly whats the point nobody listens to me'))).toMatch(new RegExp(`${GENTLE.replace(/[.?]/g, '\\$&')}|Childline`));
  });
});
