import { describe, expect, it } from 'vitest';
import { cuckooSignsOf, signsAddUpToCuckooing } from '../../src/language/cuckooSigns';
import { asksWhatSocialCareIs } from '../../src/language/socialCareAsked';
import { safeguardingInChat } from '../../src/language';

describe('signs that someone has taken over a young adult\'s flat', () => {
  it('two signs in one message add up', () => {
    expect(signsAddUpToCuckooing(cuckooSignsOf('mick is my best mate. hes bin stayin at mine for weeks with his frends. i sleep on the sofa'))).toBe(true);
    expect(signsAddUpToCuckooing(cuckooSignsOf('my cousin has been living at mine for months and i sleep on the floor'))).toBe(true);
    expect(signsAddUpToCuckooing(cuckooSignsOf('dave and his mates moved into my flat. they eat all my food'))).toBe(true);
    expect(signsAddUpToCuckooing(cuckooSignsOf('gaz has my room now and they r loud at nite'))).toBe(true);
  });

  it('signs told in different messages add up', () => {
    const told = [...cuckooSignsOf('ye. mick and his mates stay at mine'), ...cuckooSignsOf('ye its ok. he eats all my food tho')];
    expect(signsAddUpToCuckooing(told)).toBe(true);
    expect(signsAddUpToCuckooing(cuckooSignsOf('ye. mick and his mates stay at mine'))).toBe(false);
  });

  it.each([
    'my mate stayed over at the weekend',
    'my girlfriend lives with me now',
    'my brother is staying with me till he finds a flat, its fine we share the food shop',
    'my neighbours are loud at night',
    'ill sleep in my bed',
    'i sleep in my bed evry nite',
    'get my flat back',
  ])('"%s" tells no sign that adds up', (said) => {
    expect(signsAddUpToCuckooing(cuckooSignsOf(said))).toBe(false);
  });

  it('money gone and noise alone, with nobody staying, do not add up', () => {
    expect(signsAddUpToCuckooing(cuckooSignsOf('i got no money left and my flatmates are so loud'))).toBe(false);
  });

  it('leaves real disclosures near these words heard', () => {
    for (const said of ['my mates are staying in my flat and i cant get them to leave', 'he hits me if i ask him to leave my flat', 'they sell drugs from my flat and wont leave'])
      expect(safeguardingInChat(said, { parent: false }).action).not.toBe('none');
  });
});

describe('asking what adult social care is', () => {
  it.each(['wats adult socal care', 'what is social care?', 'who are adult social care', 'what does adult social care do', 'adult social care?', 'whats that adult social care thing'])(
    '"%s" asks',
    (said) => expect(asksWhatSocialCareIs(said)).toBe(true),
  );
  it.each(['will social care take me away', 'i have social care already', 'my social worker helps me'])('"%s" does not ask', (said) => expect(asksWhatSocialCareIs(said)).toBe(false));
});
