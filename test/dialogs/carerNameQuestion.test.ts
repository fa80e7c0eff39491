import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/*
 * A foster carer, a grandparent or another carer is not asked about "your child": the name
 * question asks for the young person's first name. A mum or dad is still asked about their child.
 */
describe('the name question fits who is chatting', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["I'm her foster carer", 'im his nan, i look after him'])('%j is asked for the young person\'s first name', async (typed) => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: typed });
    const asked = chat.lastQuestion?.activity.text ?? '';
    expect(asked).toMatch(/young person's first name/);
    expect(asked).not.toMatch(/your child/);
  });

  it.each(["I'm his mum", 'a parent'])('leave alone: %j is asked for their child\'s first name', async (typed) => {
    chat = await typedTo(Step.welcomeName, {}, { [Step.welcomeWho]: typed });
    expect(chat.lastQuestion?.activity.text ?? '').toMatch(/your child's first name/);
  });
});
