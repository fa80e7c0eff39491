import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/*
 * Femi, Grace's father (Grace is 4 and cannot yet say what is wrong), at what makes her hope hard.
 * Listing what they must guess ("is she tired, is she hurting, is she hungry"), saying nobody is
 * hurting her (her tummy is paining her), and asking why the abuse help line came are no disclosures.
 */

const GRACE = { name: 'Grace', age: 4, schoolYear: -1 };
const FEELINGS = { text: 'she can tell us what she wants and how she is feeling', theme: 'health_and_wellbeing' as const, needs: [] };

async function atGracesFeelingsHope(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed(GRACE, [FEELINGS], { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
  return chat;
}

const GUESSING =
  'It is the same thing as the talking, I told you before. But also, when she is upset she cannot say why, so she cries or she sits down on the floor and will not move. We have to guess, is she tired, is she hurting, is she hungry.';
const WHY_HELPLINE =
  'Please, why are you giving me abuse helpline? I said NOBODY is hurting her. We are a good family. I am not happy that you write a note about this, kindly remove it. Yes we are safe.';
const HELPLINES = /0808|Refuge|NSPCC|999/;

describe('a parent guessing what is wrong with a child who cannot say', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"we have to guess, is she tired, is she hurting, is she hungry" is kept as what makes it hard: no check, no flag', async () => {
    chat = await atGracesFeelingsHope();
    const replies = texts(await chat.say(GUESSING));
    expect(replies).not.toMatch(/Are you OK/);
    expect(replies).not.toMatch(HELPLINES);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
  });

  it('the same said on its own is kept as what makes it hard', async () => {
    chat = await atGracesFeelingsHope();
    const said = GUESSING.slice(GUESSING.indexOf('when she'));
    await chat.say(said);
    expect(chat.lastQuestion?.step).toBe(Step.needsHelps);
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual([said]);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
  });

  for (const guess of ['He cannot tell us if he is hungry or in pain, so he screams.', 'she cant say when she is hurting or tired, we have to guess']) {
    it(`"${guess}" is a need, not a worry`, async () => {
      chat = await atGracesFeelingsHope();
      const replies = texts(await chat.say(guess));
      expect(replies).not.toMatch(/Are you OK/);
      expect((await chat.draft())?.flags ?? []).toEqual([]);
    });
  }

  it('a complaint about the abuse help line is no second disclosure', async () => {
    chat = await atGracesFeelingsHope();
    const replies = texts(await chat.say(WHY_HELPLINE));
    expect(replies).not.toMatch(HELPLINES);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
  });

  it('leave alone: "nobody is hurting her except her uncle" still gets help lines and a flag', async () => {
    chat = await atGracesFeelingsHope();
    const replies = texts(await chat.say('nobody is hurting her except her uncle, he hits her when she cries'));
    expect(replies).toMatch(HELPLINES);
    expect(((await chat.draft())?.flags ?? []).length).toBeGreaterThan(0);
  });

  it('leave alone: "she is always hungry, there is no food at home" is still asked after', async () => {
    chat = await atGracesFeelingsHope();
    const replies = texts(await chat.say('she is always hungry, there is no food at home'));
    expect(replies).toMatch(/Are you OK|0808|NSPCC|999/);
  });

  it('leave alone: "her dad is abusing her" still gets help lines and a flag', async () => {
    chat = await atGracesFeelingsHope();
    const replies = texts(await chat.say('her dad is abusing her'));
    expect(replies).toMatch(HELPLINES);
    expect(((await chat.draft())?.flags ?? []).length).toBeGreaterThan(0);
  });
});
