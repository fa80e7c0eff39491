import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Theo's dad, at "how best to support him": "keep things the same, show him pictures, dont make him look at you"
 * is everyday autism support (sameness, visual supports, no forced eye contact), kept as support with no
 * "Are you OK?". Pictures someone shows the child in secret are still asked after.
 */
const GENTLE = createWords().forMode('standard')('safeguarding:gentle.question');

describe("a dad's autism support advice at aboutMe.support", () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('"keep things the same, show him pictures, dont make him look at you" is kept as support', async () => {
    chat = await typedTo(Step.aboutMeSupport, { who: 'A parent or carer', name: 'Theo', age: 'Reception' });
    const replies = saidIn(await chat.say('keep things the same, show him pictures, dont make him look at you'));
    expect(replies).not.toContain(GENTLE);
    expect(replies).not.toMatch(CRISIS);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = await chat.draft();
    expect(JSON.stringify(draft?.aboutMe?.support)).toMatch(/show him pictures/);
    expect(draft?.flags ?? []).toHaveLength(0);
  });

  it('"dont tell anyone he makes me look at pictures" is still asked after', async () => {
    chat = await typedTo(Step.aboutMeSupport, { who: 'A parent or carer', name: 'Theo', age: 'Reception' });
    await chat.say('dont tell anyone he makes me look at pictures');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
