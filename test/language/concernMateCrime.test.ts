import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { tellsOfMateCrime, toldOfMateCrime } from '../../src/language/mateCrime';

/*
 * Mate crime as a young adult with a learning disability types it: "mates" from the pub who get him to
 * draw money out with his card, a "mate" said to be using him, others eating the week's food, a price
 * set on meeting a girl. Money drawn out for family, a bill split or a fiver owed stay quiet.
 */
const young = { parent: false };

describe('money drawn out for "mates" is heard at once as exploitation', () => {
  it.each([
    'sum new mates from pub come round wen nan is out n i get money out for them with my card',
    'can i ask u sumthing. my mates keep asking me to get money out with my card. is that normal',
    'nan says dazza is using me. is he? hes my mate',
    'oh dazza wants me to get 50 out tmrw for him. is that ok to do',
    // The same in other words.
    'the lads from the pub always want me to take 20 quid out for them',
    'my new friends made me withdraw money at the cash machine',
    'my mum thinks hes just using me for my money',
    'my mates use my bank card when we go out',
  ])('"%s"', (text) => {
    expect(safeguardingInChat(text, young)).toEqual({ action: 'answer', category: 'exploitation' });
    expect(tellsOfMateCrime(text)).toBe(true);
  });
});

describe('fainter signs of "mates" using them get a gentle check', () => {
  it.each([
    'my money runs out quick tho lol. they ate all the food nan got for the week she was cross',
    'go on a date. dazza says he no\'s a girl who likes me but i got to buy her drinks',
    'his mates eat all our shopping and my money goes quick',
    'jay says i can come to the party but i have to buy them drinks',
  ])('"%s"', (text) => {
    expect(safeguardingInChat(text, young).action).toBe('check');
    expect(toldOfMateCrime(text)).toBe(true);
  });
});

describe('everyday money with friends and family stays quiet', () => {
  it.each([
    'i get money out for my nan on fridays cos she cant walk far',
    'me and my mates split the bill at the pub',
    'my mate owes me a fiver lol',
    'i buy my girlfriend drinks sometimes',
    'my mum keeps asking me to get money out',
    'my support worker wants me to get money out on my own',
    'the teacher is using me as an example',
    'we had a party and they ate all the food lol',
    'dazza says im his best mate',
  ])('"%s"', (text) => {
    expect(safeguardingInChat(text, young).action).toBe('none');
    expect(toldOfMateCrime(text)).toBe(false);
  });
});

describe('plain disclosures are still heard beside the mate-crime rules', () => {
  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('"%s"', (text) => {
    expect(safeguardingInChat(text, young).action).toBe('answer');
  });
});
