import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo, typeUntil } from '../support/typedWay';

/*
 * Every way of changing or taking out a hope that the bot suggests typing ("change the first hope
 * to: make friends", "remove hope 2", ...) is read from the content files and typed, exactly, at
 * the hopes and at the needs: each is understood (the change is made or checked), never met with
 * "I couldn't tell which hope you mean" and never kept as an answer.
 */

const content = (mode: string, file: string) => JSON.parse(readFileSync(`content/en-GB/${mode}/${file}.json`, 'utf8'));
const at = (o: Record<string, unknown>, path: string): string => path.split('.').reduce<any>((v, k) => v[k], o);
/** The words in quotes after "For example:" in a sentence the bot says. */
const examplesIn = (sentence: string): string[] => [...(sentence.split(/For example:/)[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);

const suggested = new Set<string>();
for (const mode of ['standard', 'easy-read']) {
  const common = content(mode, 'common');
  const hopes = content(mode, 'hopes');
  for (const s of [at(common, 'chatTalk.howToRemove'), at(common, 'chatTalk.howToChange'), at(hopes, 'asked.whichOut'), at(hopes, 'asked.whichChange')]) examplesIn(s).forEach((e) => suggested.add(e));
  // "say \"change the hope to\" and then all its words": the lead, then the words.
  const lead = /"([^"]+)"/.exec(at(hopes, 'putRight.wordsAsk'))![1]!;
  suggested.add(`${lead} going swimming with her dad`);
}

const HOPES = ['to have friends', 'to go swimming'];
const NOT_UNDERSTOOD = /couldn't tell|do not know which|didn't understand|didn't catch/i;

async function at2Hopes(target: StepId): Promise<Transcript> {
  const chat = await typedTo(Step.aboutMeStrengths, { who: 'A parent or carer', name: 'Maisie', age: '9' });
  await typeUntil(chat, Step.hopesDream, { [Step.aboutMeStrengths]: 'she is funny', [Step.aboutMeImportant]: 'our dog', [Step.aboutMeSupport]: 'give her time' });
  await chat.say(HOPES.join('. '));
  if (target !== Step.hopesMore) await typeUntil(chat, target, { [Step.hopesMore]: 'no', [Step.hopesTheme]: ['no', 'no', 'no', 'no'] });
  return chat;
}

describe('the examples the bot suggests typing are understood', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it('finds the examples in the content', () => {
    expect([...suggested]).toEqual(expect.arrayContaining(['change the first hope to: make friends', 'delete the first hope', 'remove hope 2']));
  });

  for (const step of [Step.hopesMore, Step.needsBarrier]) {
    for (const example of suggested) {
      it(`"${example}" at ${step}`, async () => {
        chat = await at2Hopes(step);
        const replies = await chat.say(example);
        const said = saidIn(replies);
        expect(said).not.toMatch(NOT_UNDERSTOOD);
        const draft = (await chat.draft())!;
        const hopes = draft.aspirations.map((a) => a.text);
        // Changed there and then, or checked first ("Shall I ...?"); never kept as a hope or a need.
        expect(hopes.join() !== HOPES.join() || /Shall I|Should I|\?/.test(chat.lastQuestion?.activity.text ?? '')).toBe(true);
        expect(hopes).not.toContain(example);
        expect(draft.needs.map((n) => n.text)).not.toContain(example);
        if (/^change (?:the first hope|hope 1)/.test(example)) expect(said + (chat.lastQuestion?.activity.text ?? '')).toMatch(/to have friends|make friends/);
      });
    }
  }
});
