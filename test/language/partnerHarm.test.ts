import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { partnerHarmInChat, saysOwnPartner, toldOfPartner } from '../../src/language/partnerHarm';
import { tellsOfPhoneTakenByName } from '../../src/language/phoneTaken';
import { byWhom } from '../../src/language/concernByWhom';

const read = (text: string, names: string[] = [], known = false) => partnerHarmInChat(text, safeguardingInChat(text, { parent: false }), names, known, { parent: false });

describe('harm by their own partner is domestic abuse', () => {
  it.each(['my partner slaps me if i say no', 'my ex gets violent if i tell him to leave', 'my bf hits me when i ask him to go home', 'my girlfriend threw a glass at me'])('%j, said alone', (text) =>
    expect(safeguardingInChat(text, { parent: false })).toEqual({ action: 'answer', category: 'domestic_abuse' }),
  );

  it.each([
    ['my mums boyfriend hits me', 'harm_from_others'],
    ['my dad hits me and my boyfriend helps me after', 'harm_from_others'],
  ])('%j stays %s', (text, kind) => expect(safeguardingInChat(text, { parent: false })).toEqual({ action: 'answer', category: kind }));

  it.each(['my partner smacks her round the head when she wont eat i dont know who to tell', 'a girl keeps spreading that i have nits and now nobody will be my partner', 'my housemates boyfriend hes not my partner just lives here punched me'])(
    '%j is harm to someone else, or by someone else: never read as their own partner harming them',
    (text) => expect(byWhom('harm_from_others', text)).toBe('harm_from_others'),
  );

  it.each([
    ['jay hurts me', ['jay']],
    ['jay grabbed my arm really hard', ['jay']],
    ['jay scares me when hes angry', ['jay']],
    ['zain takes my phone', ['zain']],
  ])('%j, the partner named earlier', (text, names) => expect(read(text, names)).toEqual({ action: 'answer', category: 'domestic_abuse' }));

  it.each(['he hits me if i ask him to leave my flat', 'if i tell him to leave he hurts me', 'he shoves me when i tell him to go'])('%j, a partner said earlier', (text) =>
    expect(read(text, [], true)).toEqual({ action: 'answer', category: 'domestic_abuse' }),
  );

  it('"he" beside someone else named is never the partner', () => {
    expect(toldOfPartner('my dad is strict, he hits me', [], true)).toBeNull();
    expect(read('my brother hits me when he is angry', [], true)).toEqual(safeguardingInChat('my brother hits me when he is angry', { parent: false }));
  });

  it.each(['jay helps me with my phone', 'jay takes me to the cinema', 'jay makes me laugh when im sad'])('%j stays quiet', (text) => expect(read(text, ['jay']).action).toBe('none'));

  it('a partner of their own is said so; a mum\'s is not', () => {
    expect(saysOwnPartner('my bf picks me up from college')).toBe(true);
    expect(saysOwnPartner("my mum's boyfriend is nice")).toBe(false);
    expect(saysOwnPartner('my ex teacher was kind')).toBe(false);
  });
});

describe('someone named taking their phone, nothing more known', () => {
  it.each(['zain takes my phone', 'Zain always takes my phone', 'kyle has my phone'])('%j is asked after gently', (text) => {
    expect(tellsOfPhoneTakenByName(text)).toBe(true);
    expect(safeguardingInChat(text, { parent: false }).action).toBe('check');
  });
  it.each(['mum takes my phone at night', 'zain takes my phone to play games', 'he takes my phone'])('%j is not', (text) => expect(tellsOfPhoneTakenByName(text)).toBe(false));
});
