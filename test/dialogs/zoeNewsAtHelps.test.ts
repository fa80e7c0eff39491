import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* News said by the way at "what already helps?" is heard kindly and the question asked again; help said with "btw" is still help. */
describe('news said by the way at "what already helps?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const start = async () =>
    ({ chat } = await startWith({
      today: '2026-12-02',
      who: 'self',
      name: 'Zoe',
      age: 14,
      schoolYear: 9,
      hopes: [{ text: 'get my gcses', theme: 'learning_and_work', needs: [] }],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    }));

  it('"jade still hasnt messaged me back btw" is not kept as help; the question is asked again', async () => {
    await start();
    await chat.say('spelling is hard');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = (await chat.say('jade still hasnt messaged me back btw')).map((r) => r.text ?? '').join(' ');
    expect(chat.step).toBe(Step.needsHelps);
    expect(replies).toMatch(/haven't kept that/);
    expect((await chat.draft())?.needs[0]?.helps ?? []).toEqual([]);
    await chat.say('spell checker');
    expect((await chat.draft())?.needs[0]?.helps).toEqual(['spell checker']);
  });

  it('"my mum helps me btw" is still help', async () => {
    await start();
    await chat.say('spelling is hard');
    await chat.say('my mum helps me btw');
    expect(chat.step).not.toBe(Step.needsHelps);
    expect((await chat.draft())?.needs[0]?.helps?.length).toBe(1);
  });
});
