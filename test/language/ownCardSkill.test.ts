import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/* A young adult's goal of using their own card and following their money is a life skill, not their money gone. */
describe('learning to use my own card and see where my money goes', () => {
  it.each([
    'i want to learn to use my card and see where my money goes',
    'be able to use my debit card and see where all my money goes',
    'i need to learn how to use my card, i want to know where my money goes',
    'learnin to use my card n see were my money goes',
    'i wanna use my card on my own and check where my money goes',
  ])('"%s" is ordinary', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).toBe('none');
  });

  it.each([
    'dale has my card and i dont know where my money goes',
    'he uses my card and the money goes',
    'he wants to use my card and my money goes',
    'dale borrows my card and then the money goes',
    'they come round and use my card',
    'my mates use my card and i never see the money',
  ])('"%s" is still answered', (text) => {
    expect(safeguardingInChat(text, { parent: false })).toMatchObject({ action: 'answer', category: 'exploitation' });
  });
});
