import { describe, expect, it } from 'vitest';
import { clearedConcernText } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { QUIET_PREPARATION_FAMILIES } from '../../src/language/concernRules/quietPreparations';

const RULES = Object.values(QUIET_PREPARATION_FAMILIES).flat();
const readsPreparation = (typed: string) => RULES.some((rule) => rule.re.test(clearedConcernText(typed)));

describe('self-harm told by what is got ready or hidden is heard', () => {
  it.each([
    'can you move the tablets out of the kitchen, i keep counting them',
    'hes been saving up his painkillers in a sock',
    'she says the dog scratched her arms but we havent got a dog',
    'found bloody tissues under her bed again',
    'there was a scarf knotted into a loop under his bed',
    'she tied her school tie into a noose in her room',
    'i told all my mates bye today. for good',
    'said goodbye to everyone forever',
    'i have to get drunk first so the cutting doesnt hurt',
    'i skip dinner so i can feel empty',
    'said bye to my mum and dad for good',
    'i drink vodka so i can cut without feeling it',
  ])('%j', (typed) => {
    expect(readsPreparation(typed)).toBe(true);
    expect(safeguardingInChat(typed, { parent: false }).action).not.toBe('none');
  });

  it.each([
    'i keep counting my stickers, i have 200',
    'im saving up my pocket money for a bike',
    'the nurse keeps counting my tablets',
    'im counting my tablets to make sure i have enough for the week',
    'said bye to my friends for the summer',
    'said goodbye to my friends for good, we are moving to wales',
    'i need a belt for my trousers',
    'gave my old toys to charity',
    'im dieting for football, skipping pudding',
    'the cat scratched me, we have a cat called bob',
    'i drink water so i dont feel sick',
    'i feel empty since my nan died',
    'im collecting my meds from the chemist on my own now',
    'she is keeping her tablets in her room',
    'she leaves pads with blood in her bedroom bin',
    'there is a tie hanging on the hook by the door for school',
    'she said bye bye to nappies for good',
    'I get my drink ready then I cut my sandwich',
    'I skip breakfast and feel empty all morning',
  ])('ordinary %j is not read so', (typed) => {
    expect(readsPreparation(typed)).toBe(false);
  });
});
