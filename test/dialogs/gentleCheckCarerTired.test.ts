import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/*
 * A kinship carer answers "Are you OK?" with her own tiredness or health: kind words (caring is a
 * lot; her GP, a local carers' service, Carers UK's helpline), then the plan, never a bare "Let's
 * carry on" nor the lines for a child's safety. Harm told in the same reply is still answered.
 */

async function atReecesToiletHope(): Promise<Transcript> {
  const { chat } = await startWith(
    parentSeed({ name: 'Reece', age: 6, schoolYear: 2 }, [{ text: 'he go to toilet by himself', theme: 'independent_living', needs: [] }], {
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }),
  );
  return chat;
}

describe('a carer tired herself, at "Are you OK?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'yes im ok love just tired, its a lot on my own',
    'honestly im exhausted with the washing',
    "oh bless you for asking, i'm alright love, tired mostly, its a lot at my age and my sugar levels have been all over the place but i wouldnt change having her for the world",
    'im alright, tired, my back is bad but i manage',
  ])('"%s" is met kindly, with support for carers', async (reply) => {
    chat = await atReecesToiletHope();
    await chat.say('he come home wet and nobody change him');
    expect(chat.lastQuestion?.step).toBe(Step.safeguardingCheck);
    const said = texts(await chat.say(reply));
    expect(said).toMatch(/0808 808 7777/);
    expect(said).toMatch(/GP/);
    expect(said).not.toMatch(/NSPCC|0808 800 5000|999/);
    expect(chat.lastQuestion?.step).toBe(Step.needsHelps);
  });

  it('"yes im ok" alone is thanked as before', async () => {
    chat = await atReecesToiletHope();
    await chat.say('he come home wet and nobody change him');
    const said = texts(await chat.say('yes im ok'));
    expect(said).not.toMatch(/0808 808 7777/);
  });

  it('"im ok just tired. his dad hits him" still gets the safeguarding answer', async () => {
    chat = await atReecesToiletHope();
    await chat.say('he come home wet and nobody change him');
    const said = texts(await chat.say('im ok just tired. his dad hits him'));
    expect(said).toMatch(/0808 800 5000|999|safeguarding lead/);
  });
});
