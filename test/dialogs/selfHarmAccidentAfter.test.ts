import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Right after the answer to "i cut myself", a young person types "i cut my finger chopping onions, it was an
 * accident": an everyday cut, told with its reason. Thanked, no second answer; the note stays (notes survive
 * everything). "i cut myself on purpose" is still heard.
 */

describe('an everyday cut told right after the answer to self-harm', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each([
    'i cut my finger chopping onions, it was an accident',
    'i burnt my hand on the oven by accident',
    'i cut my thumb on a tin yesterday. it was an accident',
  ])('%j is thanked: no second answer, the note stays', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, {});
    await chat.say('i cut myself');
    expect(chat.step).toBe(Step.safeguardingCheck);
    const flags = (await chat.draft())?.flags?.length ?? 0;
    expect(flags).toBeGreaterThan(0);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(saidIn(replies)).toMatch(/thank/i);
    expect((await chat.draft())?.flags?.length).toBe(flags);
  });

  it.each(['i cut myself on purpose', 'i want to die', 'my dad hits me', 'he touches me', 'they take my money'])('still heard: %j', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, {});
    await chat.say('i cut myself');
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(/didn.t (?:quite )?get that/i);
    expect((await chat.draft())?.flags?.length).toBeGreaterThan(0);
  });
});
