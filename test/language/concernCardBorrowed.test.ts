import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * A young adult in supported living tells of a "best mate" who borrows his bank card and his money going.
 * Someone else borrowing a disabled adult's card, holding it and handing out an allowance, or his money
 * gone after someone had his card is a sign in itself, however kindly the friend is spoken of: the flag
 * and the answer at once, never only "Are you OK?". Family using a card for the shopping, his own goals
 * about money and a cashier given the card stay quiet.
 */
const young = { parent: false };

describe('his card borrowed or held by someone else, or his money gone with it, is heard at once', () => {
  it.each([
    'i live in leeds in my flat. i want to do my own money. dale borrows my bank card sometimes and then the money goes. hes my best mate he says he will pay it back',
    'my mate has my pin so he can get stuff for us',
    'my friend uses my card for his shopping',
    'he keeps my bank card safe for me and i get £10 a week',
    'my flatmate takes my benefits money out for me and i never see it',
    // The same in other words.
    'dale borrows my bank card sometimes',
    'i let dale borrow my card',
    'gaz borrowd my card again',
    'i lent dale my card and he never gave it back',
    'dale has got my pin',
    'dale got my card and i dont know where the money went',
    'my brother uses my card and then the money goes',
    'dale takes my card to the shop and my money runs out',
    'dale has my card and he says he will pay me back',
  ])('"%s"', (text) => {
    expect(safeguardingInChat(text, young)).toEqual({ action: 'answer', category: 'exploitation' });
  });
});

describe('ordinary talk of cards and money stays quiet', () => {
  it.each([
    'my mum borrows my card for the big shop',
    'can i borrow my mums card',
    'i give mum my card',
    'i gave my mum my card to get the shopping',
    'i give the cashier my card',
    'my mum knows my pin',
    'i got my card and my pin',
    'i want to learn my pin',
    'i keep my card safe and i get 10 a week from my job',
    'i want to borrow books from the library',
  ])('"%s"', (text) => {
    expect(safeguardingInChat(text, young).action).toBe('none');
  });

  it('a partner refused the card is still read as domestic abuse, not as a card given to a mate', () => {
    const said = safeguardingInChat("My partner smashed my daughter's communication tablet in a rage because I wouldn't give him my card.", { parent: true });
    expect(said.action === 'answer' ? said.category : said.concern.category).toBe('domestic_abuse');
  });
});
