import { describe, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';
import type { Transcript } from '../support/transcript';
let chat: Transcript | undefined;
closeAfterEach(() => chat);
async function show(said: string) {
  const r = saidIn(await chat!.say(said));
  const d = await chat!.draft();
  console.log(JSON.stringify({ said, step: chat!.step, flags: d?.flags.map((f) => f.category), asp: d?.aspirations.map((a) => a.text), needs: d?.needs.map((n) => n.text), r: r.slice(0, 200) }));
}
const V = ['yes im safe, but my uncle touched me last week', 'yeah fine. my step dad hit me yesterday tho', 'im safe now but my ex has my nudes'];
describe('explore', () => {
  it.each(V)('after bullying %s', async (said) => {
    chat = await typedTo(Step.hopesDream, { age: '15', name: 'Jo' });
    await show('the kids at school punch me every day');
    await show(said);
  });
  it.each(V)('after selfharm %s', async (said) => {
    chat = await typedTo(Step.hopesDream, { age: '15', name: 'Jo' });
    await show('i cut myself last night');
    await show(said);
  });
  it.each(V)('at safe 22 %s', async (said) => {
    chat = await typedTo(Step.aboutMeSafe, { age: '22', name: 'Jo' });
    await show(said);
  });
  it.each(V)('at safe 13 easy %s', async (said) => {
    chat = await typedTo(Step.aboutMeSafe, { age: '13', name: 'Jo', mode: 'Easy read' });
    await show(said);
  });
});
