import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * A 19-year-old in her own flat, asked what makes living on her own hard: being hurt when she asks
 * him to leave is a disclosure, answered in full at once, never only "Are you OK?".
 */

const NINETEEN = { name: 'Keira', age: '19' } as const;

async function atBarrier(important = 'my cat and my flat'): Promise<Transcript> {
  return typedTo(Step.needsBarrier, NINETEEN, { [Step.aboutMeImportant]: important, ...typedToNeedsFor('live on my own') });
}

describe('harm from someone she asks to leave, at "what makes it hard"', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each([
    ['he hits me if i ask him to leave my flat', 'harm_from_others'],
    ['he shoves me when i tell him to go', 'harm_from_others'],
    ['he gets rough when i want him out', 'harm_from_others'],
    ['if i tell him to leave he hurts me', 'harm_from_others'],
    ['he pushes me about wen i say get out', 'harm_from_others'],
    ['my partner slaps me if i say no', 'domestic_abuse'],
    ['my bf hits me when i ask him to go home', 'domestic_abuse'],
    ['my ex gets violent if i tell him to leave', 'domestic_abuse'],
  ])('"%s" is answered in full with a %s note', async (words, kind) => {
    chat = await atBarrier();
    const replies = saidIn(await chat.say(words));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual([kind]);
    expect(JSON.stringify((await chat.draft())?.needs ?? [])).not.toContain('leave');
  });

  it('once "my boyfriend" is known, "he hits me if i ask him to leave" is domestic abuse', async () => {
    chat = await atBarrier('my boyfriend dan and my cat');
    const replies = saidIn(await chat.say('he hits me if i ask him to leave my flat'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
  });

  it.each(['i dont know how to ask my mates to leave when im tired', 'i get rough sleep when its loud', 'the bus driver tells me to get off if i dont have my pass'])(
    '"%s" stays a need',
    async (words) => {
      chat = await atBarrier();
      await chat.say(words);
      expect(chat.step).not.toBe(Step.safeguardingCheck);
      expect((await chat.draft())?.flags).toEqual([]);
    },
  );
});

describe('harm by the partner she named earlier', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  const TASHA = { name: 'Tasha', age: '18' } as const;
  const named = (important: string) => typedTo(Step.hopesDream, TASHA, { [Step.aboutMeImportant]: important });

  it.each([
    ['my boyfriend jay picks me up from college', 'jay hurts me'],
    ['my boyfriend jay picks me up from college', 'jay grabbed my arm really hard'],
    ['my boyfriend jay picks me up from college', 'jay scares me when hes angry'],
    ['my boyfriend jay picks me up from college', 'jay pushed me into the wall'],
    ['jay my bf and my nan', 'jay hit me last nite'],
    ['me and zain are going out, hes my boyfriend', 'zain takes my phone'],
    ['my gf is called amy', 'amy takes my phone off me'],
    ['my boyfriend zain', 'zain took my phone and wont give it back'],
  ])('after "%s", "%s" is domestic abuse, answered in full', async (first, words) => {
    chat = await named(first);
    const replies = saidIn(await chat.say(words));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
  });

  it('"zain takes my phone" about a classmate stays bullying', async () => {
    chat = await named('zain in my class is annoying');
    await chat.say('zain takes my phone');
    const kinds = [...((await chat.draft())?.flags.map((f) => f.category) ?? [])];
    if (chat.step === Step.safeguardingCheck) expect(kinds).toEqual([]);
    else expect(kinds).toEqual(['bullying']);
  });

  it('"zain takes my phone" about someone not known is asked after gently, never noted as bullying', async () => {
    chat = await named('my dog and my xbox');
    await chat.say('zain takes my phone');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
  });

  it.each(['Zain took my phone off me', 'jake took my phone off me', 'liam nicked my phone', 'kai snatched my phone off me', 'jake grabbed my phone'])(
    '%j, once, about someone not known, is asked after gently ("Are you OK?"), never filed as bullying at once',
    async (words) => {
      chat = await named('my dog and my xbox');
      await chat.say(words);
      expect(chat.step).toBe(Step.safeguardingCheck);
      expect((await chat.draft())?.flags ?? []).toEqual([]);
    },
  );

  it.each(['my boyfriend zain', 'me and zain are going out, hes my boyfriend'])('after "%s", "Zain took my phone off me" is domestic abuse', async (first) => {
    chat = await named(first);
    expect(saidIn(await chat.say('Zain took my phone off me'))).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
  });

  it.each(['zain takes my phone off me every day', 'zain took my phone off me and said hed batter me', 'the boys took my phone off me'])('%j (again, with a threat, or a group) is answered in full', async (words) => {
    chat = await named('my dog and my xbox');
    expect(saidIn(await chat.say(words))).toMatch(CRISIS);
    expect((await chat.draft())?.flags.length).toBe(1);
  });

  it.each([
    ['my boyfriend jay picks me up from college', 'jay helps me with my phone'],
    ['my boyfriend jay picks me up from college', 'jay takes me to the cinema'],
    ['my boyfriend jay picks me up from college', 'jay makes me laugh when im sad'],
  ])('after "%s", "%s" stays quiet', async (first, words) => {
    chat = await named(first);
    await chat.say(words);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});

describe('sex pressed on her by a partner', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each([
    'he pressured me into sex',
    'my bf makes me do stuff in bed i dont want',
    'he keeps on at me til i sleep with him',
    "felt like i had to have sex with him or he'd leave",
    'he made me do it even tho i said no',
    'my boyfriend guilts me into sleeping with him',
    'she pushed me into doing stuff in bed',
    'i only sleep with him cos hed dump me if i didnt',
    'he goes on and on until i have sex with him',
  ])('"%s" is answered in full with a sexual abuse note', async (words) => {
    chat = await typedTo(Step.hopesDream, { name: 'Mia', age: '20' });
    const replies = saidIn(await chat.say(words));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['sexual_abuse']);
  });

  it.each(['he talked me into doing the bungee jump', 'he keeps on at me til i give him a go on my xbox', 'my mates pushed me into going to college', 'i want to learn about sex and relationships'])(
    '"%s" is no sexual abuse',
    async (words) => {
      chat = await typedTo(Step.hopesDream, { name: 'Mia', age: '20' });
      await chat.say(words);
      expect((await chat.draft())?.flags.map((f) => f.category) ?? []).not.toContain('sexual_abuse');
    },
  );
});

describe('an adult going out with a child under 16', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each([
    ['14', 'my boyfriend is 19 he says im mature for my age'],
    ['14', 'my bf is 20 and picks me up from school'],
    ['14', 'im 13 and my boyfriend is at uni'],
    ['15', "he's 18 but he says age is just a number"],
    ['13', 'my 19 year old boyfriend buys me stuff'],
  ])('at %s, "%s" is sexual abuse, answered in full with CEOP named', async (age, words) => {
    chat = await typedTo(Step.hopesDream, { name: 'Lily', age });
    const replies = saidIn(await chat.say(words));
    expect(replies).toMatch(CRISIS);
    expect(replies).toContain('ceop.police.uk');
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['sexual_abuse']);
  });

  it('easy read names CEOP too', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Lily', age: '14', mode: 'Easy read' });
    expect(saidIn(await chat.say('my boyfriend is 19 he says im mature for my age'))).toContain('ceop.police.uk');
  });

  it('a 17-year-old with an 18-year-old boyfriend is no worry', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Lily', age: '17' });
    await chat.say('my boyfriend is 18 and we want to get a flat');
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('a parent of a 25-year-old telling of his partner is no worry', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Dan', age: '25', who: 'A parent or carer' });
    await chat.say('his girlfriend is 24 and he wants to live with her');
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it.each(['my brother is 19 and picks me up from school', 'my boyfriend is 15 and in my class'])('at 14, "%s" is no worry', async (words) => {
    chat = await typedTo(Step.hopesDream, { name: 'Lily', age: '14' });
    await chat.say(words);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
