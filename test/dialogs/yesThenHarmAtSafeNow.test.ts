import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { SafeguardingText } from '../../dialogs/safeguardingText';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * "Are you safe right now?" after a note: "yeah fine. my step dad hit me yesterday tho" is no yes. Only the yes is set
 * aside; the harm after it is heard: never "I'm glad you're safe". Harm of a new kind gets its own answer and note;
 * more of the same kind is added to the note, with the 999 line. The same yes at "Do you feel safe?" is heard too.
 * A plain yes is still a yes.
 */
const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function afterNote(first: string, age = '15') {
  chat = await typedTo(Step.hopesDream, { age, name: 'Jo' });
  await chat.say(first);
  expect(chat.step).toBe(Step.safeguardingCheck);
}

describe('a yes with harm told after it', () => {
  it.each(['yeah fine. my step dad hit me yesterday tho', 'yes im safe but my uncle punched me last week', 'im ok now but my brother beat me up last night', 'ye safe. my dad kicked me yesterday', 'yes but my step dad hits me when mum is out'])(
    'after a note of the same kind, %j: added to the note, never "glad"',
    async (said) => {
      await afterNote('my mum hits me');
      const replies = saidIn(await chat!.say(said));
      expect(replies).not.toContain(standard(SafeguardingText.glad));
      expect(replies).toMatch(/999/);
      expect((await chat!.draft())?.flags.map((f) => f.category)).toContain('harm_from_others');
    },
  );

  it.each([
    ['yes im safe, but my uncle touched me last week', 'sexual_abuse'],
    ['yeah fine. my step dad hit me yesterday tho', 'harm_from_others'],
    ['im safe now but my ex has my nudes', 'sexual_abuse'],
  ])('after a note of another kind, %j: its own answer and note', async (said, kind) => {
    await afterNote('i cut myself last night');
    const replies = saidIn(await chat!.say(said));
    expect(replies).toMatch(CRISIS);
    expect(replies).not.toContain(standard(SafeguardingText.glad));
    expect((await chat!.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide', kind]);
  });

  it.each(['yes im safe, but my uncle touched me last week', 'yeah fine. my step dad hit me yesterday tho', 'im safe now but my ex has my nudes'])('at "Do you feel safe?", %j: the answer and a note', async (said) => {
    chat = await typedTo(Step.aboutMeSafe, { age: '15', name: 'Jo' });
    const replies = saidIn(await chat.say(said));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it.each(['yes im safe', 'yeah fine', 'yes im safe now thanks'])('%j is a yes', async (said) => {
    await afterNote('my mum hits me');
    const replies = saidIn(await chat!.say(said));
    expect(replies).toContain(standard(SafeguardingText.glad));
  });
});
