import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language';

/*
 * A carer's words that look like harm and are not, each the whole message: the child's own
 * time-out card, and a friendship hope with the condition that other children are not scared of
 * the child. Plain disclosures with the same words are still heard.
 */

const interrupts = (text: string) => safeguardingInChat(text, { parent: true }).action !== 'none';

describe("the child's own time-out card is help, not money taken", () => {
  it.each([
    'he uses his card or asks to go to the quiet space himself most times he gets wound up, instead of throwing stuff. staff could keep a note',
    'he uses his card when he gets wound up',
    'she shows her time out card and goes to the calm room when she is overwhelmed',
  ])('"%s" is no disclosure', (text) => {
    expect(detectConcern(text).concern).toBe(false);
    expect(interrupts(text)).toBe(false);
  });

  it.each([
    'he uses his card himself when he gets wound up but his carer uses his bank card for herself',
    'they use his bank card for themselves when he gets wound up',
    'someone uses his card for themselves when he is upset',
    'he uses his card in the quiet space and his uncle takes his money for himself',
  ])('"%s" is still exploitation', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'exploitation', sure: true });
  });

  // Only a calming clause may follow the card: anything told after it is read as ever.
  it.each([
    ['she uses her card when she is upset after her stepdad touches her at night', 'sexual_abuse'],
    ['she uses her red card when she gets upset, she keeps saying she wants to die', 'self_harm_or_suicide'],
    ['he uses his time out card when he gets angry because he has been cutting his arms', 'self_harm_or_suicide'],
    ['he uses his time out card when he gets angry, he has started burning himself', 'self_harm_or_suicide'],
  ])('"%s" still gets the answer', (text, category) => {
    expect(safeguardingInChat(text, { parent: true })).toMatchObject({ action: 'answer', category });
    expect(safeguardingInChat(text, { parent: false })).toMatchObject({ action: 'answer', category });
  });
});

describe('a friendship hope with a condition about other children', () => {
  it.each(['making friends, if kids arent scared of him', 'have friends at school if the other kids are not scared of her'])('"%s" is no disclosure', (text) => {
    expect(detectConcern(text).concern).toBe(false);
    expect(interrupts(text)).toBe(false);
  });

  it.each(['making friends but im scared of him', 'making friends, if kids arent scared of him. his dad hits him', 'my friends are scared of him, he hits me'])('"%s" is still heard', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, sure: true });
  });
});
