import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * A 15-year-old named her boyfriend earlier ("my boyfriend jay is 17"); later "he hits me if i talk to other lads at
 * school". The school and the lads are where she was and whom she talked to, not who hit her: only that clause is set
 * aside, and "he" is read as the boyfriend: abuse in her own relationship (domestic abuse), never bullying. With no
 * partner named, "he" at school stays someone there.
 */
let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function afterPartnerNamed(said: string, age = '15') {
  chat = await typedTo(Step.hopesDream, { age, name: 'Mia' });
  await chat.say('my boyfriend jay is 17');
  return saidIn(await chat.say(said));
}

describe('"he" after a boyfriend was named', () => {
  it.each([
    'he hits me if i talk to other lads at school',
    'he hits me if i talk to his mates',
    'he slaps me when i go out with my mates',
    'he pushes me around whenever i talk to boys at college',
    'he hits me cos i text other boys',
  ])('%j: the answer and a domestic abuse note', async (said) => {
    const replies = await afterPartnerNamed(said);
    expect(replies).toMatch(CRISIS);
    expect((await chat!.draft())?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
  });

  it.each(['he hit me at school', 'a boy in my class hits me'])('%j: someone at school, never the boyfriend', async (said) => {
    await afterPartnerNamed(said);
    expect((await chat!.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
  });

  it.each([
    ['10', 'he hits me if i talk to his mates'],
    ['15', 'he hits me if i talk to other lads at school'],
  ])('no partner named (%s): %j is never domestic abuse', async (age, said) => {
    chat = await typedTo(Step.hopesDream, { age, name: 'Sam' });
    await chat.say(said);
    const flags = (await chat.draft())?.flags.map((f) => f.category) ?? [];
    expect(flags.length).toBe(1);
    expect(flags).not.toContain('domestic_abuse');
  });
});
