import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * At "Do you feel safe?", a yes beside a busy place they like is a yes: nothing is kept as a hard thing. Only a
 * place that is too much ("too loud", "to bussy", "i hate the noise") is kept, said back as they meant it.
 */

const SIENNA = { mode: 'Easy read', name: 'Sienna', age: 'Year 8' } as const;

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a yes, and a busy place liked', () => {
  it.each(['yes i like busy places', 'yes, the football club is busy and i love it', 'yes. i wear ear defenders when its loud and thats fine', 'yes. busy'])(
    '"%s" keeps no hard thing',
    async (typed) => {
      chat = await typedTo(Step.aboutMeSafe, SIENNA);
      const said = saidIn(await chat.say(typed));
      expect(said).not.toMatch(/I have kept/);
      expect((await chat.draft())!.needs).toEqual([]);
    },
  );

  it('leave alone: "yes i hate the noise" is kept as a hard thing', async () => {
    chat = await typedTo(Step.aboutMeSafe, SIENNA);
    expect(saidIn(await chat.say('yes i hate the noise'))).toContain('I have kept "i hate the noise"');
  });
});
