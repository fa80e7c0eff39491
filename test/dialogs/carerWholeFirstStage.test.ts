import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * A foster carer, a nan or another carer who does not give the young person's name hears about
 * "the young person" all through the first stage, never "your child". A mum or dad still hears
 * "your child"; a carer who gives a name hears the name.
 */
describe('a carer is never asked about "your child"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const noName = { [Step.welcomeName]: "i'd rather not say" };

  it.each(["I'm her foster carer", 'im his nan, i look after him'])('%j with no name hears "the young person" to the hopes', async (who) => {
    chat = await typedTo(Step.hopesDream, { age: '15' }, { [Step.welcomeWho]: who, ...noName, [Step.aboutMeStrengths]: 'she is really kind', [Step.aboutMeImportant]: 'her cat', [Step.aboutMeSupport]: 'give her time', [Step.aboutMeSafe]: 'yes she does' });
    const said = saidIn(chat.all);
    expect(said).not.toMatch(/your child/i);
    expect(said).toMatch(/How old is the young person\?/);
    expect(said).not.toMatch(/How old are you/);
    expect(chat.lastQuestion?.activity.text ?? '').toMatch(/the young person/);
  });

  it('leave alone: a foster carer who gives a name hears the name', async () => {
    chat = await typedTo(Step.hopesDream, { age: '15' }, { [Step.welcomeWho]: "I'm her foster carer", [Step.welcomeName]: 'Mia' });
    const said = saidIn(chat.all);
    expect(said).not.toMatch(/your child/i);
    expect(chat.lastQuestion?.activity.text ?? '').toMatch(/Mia/);
  });

  it.each(["I'm his mum", 'im her dad'])('leave alone: %j with no name still hears "your child"', async (who) => {
    chat = await typedTo(Step.hopesDream, { age: '15' }, { [Step.welcomeWho]: who, ...noName, [Step.aboutMeSafe]: 'yes he does' });
    expect(chat.lastQuestion?.activity.text ?? '').toMatch(/your child/);
  });
});
