import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * An 18-year-old's hope to eat better and save money ("save money and not live on takeaways") is ordinary: never the
 * safeguarding answer nor a neglect or exploitation flag. Living on crisps because nobody buys food is still heard.
 */
describe('wishes about food and money', () => {
  it.each([
    'save money and not live on takeaways',
    'stop living on pot noodles and save a bit',
    'not spend all my money on food',
    'eat better and not just chips',
    'save money and stop living on takeaways',
    'be able to cook so i dont live on takeaways',
  ])('%j is ordinary', (said) => {
    expect(safeguardingInChat(said, { parent: false }).action).toBe('none');
  });

  it.each([
    ['theres never any food in the house', 'neglect'],
    ['i live on crisps coz mum doesnt buy food', 'neglect'],
    ['we live on crisps most days', 'neglect'],
    ['he spends all my money', 'exploitation'],
    ['they take all my money', 'exploitation'],
  ])('%j is still heard', (said, category) => {
    expect(safeguardingInChat(said, { parent: false })).toEqual({ action: 'answer', category });
  });
});
