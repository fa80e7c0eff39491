import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { typeUntil } from '../support/typedWay';

/*
 * Shay, 22, easy read, at "what would it provide?": "cookin class. nan can show me" is two pieces of
 * help. The class is education's; her nan showing her is everyday life's (social care), with nan kept as who.
 */

const SHAY: Seed = {
  today: '2026-12-03',
  age: 22,
  hopes: [{ text: 'cook my own tea', theme: 'independent_living', needs: ['i cant use the oven'] }],
  journey: { mode: 'easy_read' },
};

describe('help from a class and from family, said together', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"cookin class. nan can show me": two helps, the nan one in the social care part', async () => {
    ({ chat } = await startWith(SHAY));
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'cook pasta on my own',
      [Step.outcomeWhen]: 'by the summer',
      [Step.outcomeMeasure]: 'my key worker will see me do it',
      [Step.outcomeDoesForMe]: 'i would feel proud',
      [Step.outcomeMakesPossible]: 'i could live in my own flat',
      [Step.outcomeProvides]: 'cookin class. nan can show me',
    });
    const provision = (await chat.draft())!.outcomes[0]!.provision;
    const nan = provision.find((p) => /nan/.test(p.text));
    expect(nan?.text).toBe('nan can show me');
    expect(nan?.by).toBe('social_care');
    expect(provision.find((p) => /cookin class/.test(p.text))?.text).toBe('cookin class');
  });
});
