import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn as said, typedTo } from '../support/typedWay';

/* "I'm OK" said once to a worry quiets checks for a while, never for good, and never for self-harm. */

const standard = createWords().forMode('standard');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function teenOkayOnce(): Promise<Transcript> {
  chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '15' });
  const check = await chat.say("I've had enough of everything");
  expect(said(check)).toContain(standard('safeguarding:gentle.question'));
  await chat.say('yeah im ok');
  return chat;
}

describe('after "yeah im ok" to a worry', () => {
  it('not eating on purpose is still asked after, never kept as a hope', async () => {
    const chat = await teenOkayOnce();
    const replies = await chat.say('sometimes i dont eat on purpose');
    expect(said(replies)).toContain(standard('safeguarding:gentle.question'));
    expect((await chat.draft())?.aspirations.join(' ') ?? '').not.toMatch(/eat/);
  });

  // A wish to disappear, after "I've had enough of everything", is a wish not to exist: the earlier "im ok"
  // does not quiet it, and it gets the full answer, "Are you safe right now?" and a note.
  it('wishing to disappear is still asked after', async () => {
    const chat = await teenOkayOnce();
    const replies = await chat.say('sometimes i wish i could just disappear');
    expect(said(replies)).toContain(standard('safeguarding:childline'));
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:check.question'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags.map((f) => f.category)).toContain('self_harm_or_suicide');
  });

  it('an ordinary hope after it is kept, with no check', async () => {
    const chat = await teenOkayOnce();
    const replies = await chat.say('i want to get better at football');
    expect(said(replies)).not.toContain(standard('safeguarding:gentle.question'));
  });
});
