import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { SafeguardingText as S } from '../../dialogs/safeguardingText';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, saidIn, typedTo, typedToNeedsFor, type Typed } from '../support/typedWay';

/*
 * A mum of a 9-year-old telling that older lads give him sweets and send him to the shop for
 * them: the signs of criminal exploitation. She hears the parent's answer (whom to tell, the
 * NSPCC, the police), a note is made, and it is never heard as bullying nor kept as plan content.
 */
const standard = createWords().forMode('standard');
const line = (key: string) => standard(key as Parameters<typeof standard>[0]);

const MUM = { who: 'A parent or carer' as const, name: 'Tyrone', age: '9' };
const TYPED: Typed = { ...ABOUT_ME_TYPED, [Step.aboutMeSafe]: 'yes he does', ...typedToNeedsFor('to be a footballer') };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function mumTypes(at: StepId, said: string) {
  chat = await typedTo(at, MUM, TYPED);
  const replies = saidIn(await chat.say(said));
  const draft = await chat.draft();
  return { replies, flags: draft?.flags.map((f) => f.category), draft };
}

describe('older lads giving a young child sweets and sending him on errands', () => {
  it.each([
    [Step.needsBarrier, 'older lads off the estate have been giving him sweets and asking him to run to the shop for them, dunno if thats anything'],
    [Step.hopesDream, 'older lads off the estate have been giving him sweets and asking him to run to the shop for them, dunno if thats anything'],
    [Step.needsBarrier, 'some older boys keep buying him sweets and sending him to the shop for them'],
    [Step.needsBarrier, 'teenagers round here give him crisps and get him to go errands for them'],
  ])('at %s, %j is exploitation with the parent answer', async (at, said) => {
    const { replies, flags, draft } = await mumTypes(at, said);
    expect(flags).toEqual(['exploitation']);
    expect(replies).toContain(line(S.parentExploitationHeardErrands));
    expect(replies).not.toContain(line(S.parentExploitationHeard));
    expect(replies).toMatch(/0808 800 5000/);
    expect(replies).toMatch(/101/);
    expect(replies).toMatch(/999/);
    expect(replies).toMatch(/safeguarding lead/);
    expect(replies).not.toContain(line(S.parentBullyingHeard));
    expect(replies).not.toMatch(/lot to carry/);
    expect(replies).not.toMatch(/none of this is your fault|listen to you first/);
    expect(draft?.needs.map((n) => n.text).join(' ')).not.toMatch(/lads|boys|teenagers/);
    expect(chat?.step).toBe(Step.safeguardingCheck);
  });

  it.each([
    'older kids at his club help him with football',
    'he runs to the shop for his nan',
  ])('%j stays quiet', async (said) => {
    const { replies, flags } = await mumTypes(Step.needsBarrier, said);
    expect(flags).toEqual([]);
    expect(replies).not.toMatch(/0808 800 5000/);
  });
});
