import { describe, expect, it } from 'vitest';
import { coachHope } from '../../src/language';
import { hopeAfterShrug, hopesIn, onlyAFunnyStory } from '../../src/language/hopesInMessage';
import { hopeWords, shrugsOnly } from '../../src/language/hopeWords';
import { saysItIsOneHope, saysNoMore } from '../../src/language/hopesRepliedTo';
import { withoutAnnouncement } from '../../src/language/hopeAnnounced';

/** The hopes in one typed message, each in the person's words, without the chatter around them. */
describe('the hopes in one message', () => {
  it.each([
    ['umm ok so I want a cafe job. and live with Jay. and get the train on my own lol', ['I want a cafe job', 'live with Jay', 'get the train on my own']],
    [
      'I would like my son to be more independent, he loves cooking so maybe one day he could work in a kitchen. I also want him to make friends because he is lonely at school. And to be able to go to the shop by himself. Sorry for long message, I hope he can learn to swim too',
      [
        'I would like my son to be more independent',
        'he loves cooking so maybe one day he could work in a kitchen',
        'I also want him to make friends because he is lonely at school',
        'to be able to go to the shop by himself',
        'I hope he can learn to swim too',
      ],
    ],
    ['she want to go to school by bus and she want to have friend. also she like to cook with me. thank you', ['she want to go to school by bus', 'she want to have friend', 'she like to cook with me']],
    ['live with my friends and have a dog', ['live with my friends', 'have a dog']],
    ['i wanna be a youtuber and get a ps5 lol', ['i wanna be a youtuber', 'get a ps5']],
    ['i wanna b a mechanic n get my own flat tbh. n learn 2 drive lol', ['i wanna b a mechanic', 'get my own flat', 'learn 2 drive']],
    ['wanna work wiv cars n have my own place innit', ['wanna work wiv cars', 'have my own place']],
    [
      'i want him to read better, he also love swimming so maybe he can join swim club. also i want he make friend. sorry my english not good',
      ['i want him to read better', 'he also love swimming so maybe he can join swim club', 'i want he make friend'],
    ],
  ])('"%s" is each hope on its own', (said, hopes) => {
    expect(hopesIn(said)).toEqual(hopes);
  });

  it.each(['be a chef and own a cafe', 'go to college and get a job', 'I want to be a vet', 'to be happy'])('"%s" stays one hope', (said) => {
    expect(hopesIn(said)).toEqual([said]);
  });

  it('keeps a time said after a hope ("Maybe when he is big boy") with that hope', () => {
    expect(hopesIn('Also one day, he can cross the road safe. Maybe when he is big boy')).toEqual(['one day, he can cross the road safe. when he is big boy']);
    expect(hopesIn('I want a job when I am 18. I want to live with my mate')).toEqual(['I want a job when I am 18', 'I want to live with my mate']);
  });

  it('keeps what is told about the person with the hope beside it', () => {
    expect(hopesIn('He is 12 and has autism. He would love to be a footballer.')).toEqual(['He is 12 and has autism. He would love to be a footballer.']);
  });

  it.each([
    ['idk maybe be a vet lol', 'be a vet'],
    ['my dream is to be a footballer tbh', 'my dream is to be a footballer'],
    ['ok so basically i want to live on my own', 'i want to live on my own'],
    ['i want umm a cafe job', 'i want a cafe job'],
    ['be a pilot or something', 'be a pilot'],
    ['ngl i want her to be happy fr', 'i want her to be happy'],
    ['lowkey wanna be a nurse tbf', 'wanna be a nurse'],
    ['sorry for the long message. I want him to ride a bike', 'I want him to ride a bike'],
    ['i said hair and beauty', 'hair and beauty'],
    ['like i said, be a mechanic', 'be a mechanic'],
    ['do hair at college like i said', 'do hair at college'],
  ])('"%s" is kept as "%s"', (said, kept) => {
    expect(hopesIn(said)).toEqual([kept]);
  });

  it.each(['umm', 'lol', 'ok so', 'idk maybe', 'sorry for long message', 'hmm idk lol', 'thanks', 'sorry'])('"%s" holds no hope', (said) => {
    expect(hopesIn(said)).toEqual([]);
    expect(hopeWords(said)).toBe('');
  });

  it.each(['tbh idk what i want', 'im not sure what he wants to do yet', 'i dont know what i want to do when im older', 'no idea what i want lol'])('"%s" is a shrug, never a hope', (said) => {
    expect(hopesIn(said)).toEqual([]);
    expect(shrugsOnly(said)).toBe(true);
  });

  it.each([
    ['idk what i want but maybe be a vet', 'be a vet'],
    ['not sure what i want, maybe work with animals', 'work with animals'],
    ['get a job in gaming or summat', 'get a job in gaming'],
  ])('"%s" keeps the hope after the shrug: "%s"', (said, kept) => {
    expect(hopesIn(said)).toEqual([kept]);
  });

  it('tells a shrug from other chatter', () => {
    expect(shrugsOnly('idk maybe')).toBe(true);
    expect(shrugsOnly('hmm dunno lol')).toBe(true);
    expect(shrugsOnly('umm')).toBe(false);
    expect(shrugsOnly('maybe be a vet')).toBe(false);
  });

  it('hears "its all one hope" and not "one more hope"', () => {
    for (const said of ["it's all one hope", 'its all one', 'they go together', 'one hope', 'its one thing', 'no thats the same thing']) expect(saysItIsOneHope(said)).toBe(true);
    for (const said of ['yes one more hope', 'i have one hope', 'another one', 'be a vet', 'yes']) expect(saysItIsOneHope(said)).toBe(false);
  });

  it.each(['I want a cafe job', 'a part time job', 'have a puppy', 'a little dog'])('"%s" is a hope, not support asked for', (said) => {
    expect(coachHope(said)).toBe('aspiration');
  });

  it.each(['a laptop', 'a bus pass', 'a job coach', 'more help in class'])('"%s" is still support', (said) => {
    expect(coachHope(said)).toBe('support_as_hope');
  });

  it('hears "nothing more" typed quickly, and not a hope that starts with no', () => {
    for (const said of ['not rn', 'no ty', 'nah not atm', 'nope thats all lol']) expect(saysNoMore(said)).toBe(true);
    for (const said of ['no more bullying', 'not be scared of dogs', 'nothing to do with school', 'never give up']) expect(saysNoMore(said)).toBe(false);
  });
});

describe('a numbered list of hopes', () => {
  it.each([
    ['We hope for two things. Firstly that she can dress herself. Secondly that she has a friend to play with', ['she can dress herself', 'she has a friend to play with']],
    ['1) swim a length 2) ride my bike 3) get a job', ['swim a length', 'ride my bike', 'get a job']],
    ['first, to go to college, and second, to learn to drive', ['to go to college', 'to learn to drive']],
  ])('"%s" keeps each listed hope, without the words that announce them', (typed, hopes) => {
    expect(hopesIn(typed)).toEqual(hopes);
  });

  it.each(['i want to come first in the race', 'i want to get 2 gcses by year 11'])('"%s" is no list', (typed) => {
    expect(hopesIn(typed)).toHaveLength(1);
  });

  it.each([
    ['i want to be a dog groomer. and hav a best frend', ['i want to be a dog groomer', 'hav a best frend']],
    ['learn to keep his temper. thats the big one', ['learn to keep his temper']],
    ["i want to get a job. that's the main thing", ['i want to get a job']],
    ['be a vet most of all', ['be a vet']],
    ['live with my mates more than anything lol', ['live with my mates']],
    ['to be happy. thats all that matters', ['to be happy']],
    ['i want a job. thats the dream', ['i want a job']],
    ['i want to be a vet lol. my dog ate my sock yesterday haha', ['i want to be a vet']],
    ['i want to be a vet. my dog ate my sock yesterday', ['i want to be a vet. my dog ate my sock yesterday']],
  ])('"%s": the hopes without the asides', (typed, hopes) => {
    expect(hopesIn(typed)).toEqual(hopes);
  });

  it('a funny story with laughing faces is only a story; a hope with "lol" is not', () => {
    expect(onlyAFunnyStory('biscuit did a funny thing today he ate my sock 😂😂')).toBe(true);
    expect(onlyAFunnyStory('i want a dog lol')).toBe(false);
    expect(onlyAFunnyStory('my nan died last year')).toBe(false);
  });
});

/** A piece that only adds to the hope before it ("whether ...", "or ...", "and for ...", "I don't mind how") stays with that hope. */
describe('a piece that adds to the hope before it', () => {
  it.each([
    [
      "We want Oliver to be able to tell us what he needs. Whether it's signing or pictures or a talker one day, I don't mind how. We'd love him to settle into Reception.",
      ["We want Oliver to be able to tell us what he needs. Whether it's signing or pictures or a talker one day, I don't mind how.", "We'd love him to settle into Reception"],
    ],
    [
      "I'd love him to be able to tell us things like I'm hurt, or I want to go home, and for people to understand him.",
      ["I'd love him to be able to tell us things like I'm hurt, or I want to go home, and for people to understand him"],
    ],
  ])('"%s" keeps it with its hope', (said, hopes) => {
    expect(hopesIn(said)).toEqual(hopes);
  });
});

/** What is stored reads as typed: brackets whole, line breaks as spaces between sentences, no remark about carrying on. */
describe('a hope kept as typed', () => {
  it.each([
    [
      "We'd love him to be more independent (which is a good thing and a bad thing! And scary). We also want him to make friends.",
      ["We'd love him to be more independent (which is a good thing and a bad thing! And scary).", 'We also want him to make friends'],
    ],
    ['We want him to make friends.\\n\\nWe want him to learn to swim.', ['We want him to make friends', 'We want him to learn to swim']],
    ["We want him to make friends, but I'll carry on.", ['We want him to make friends']],
  ])('"%s" is kept whole and tidy', (said, hopes) => {
    expect(hopesIn(said)).toEqual(hopes);
  });
});

describe('a hope after words that only announce it', () => {
  it.each([
    ['my hopes are really simple, to be happy', ['to be happy']],
    ['Our hope is simple: for him to be safe', ['for him to be safe']],
  ])('"%s" is one hope', (typed, hopes) => {
    expect(hopesIn(typed)).toEqual(hopes);
  });

  it('"my hopes are simple" alone is left as typed', () => {
    expect(withoutAnnouncement('my hopes are simple')).toBe('my hopes are simple');
  });
});

/*
 * Wendy's paragraph: "More than anything" only says how much the hope matters, and "He would love
 * that" only says what it would mean; how she came to the answer is not part of any hope.
 */
describe('a carer\'s formal paragraph with asides around the hopes', () => {
  it('keeps the friend hope and leaves "He would love that" out', () => {
    expect(
      hopesIn(
        'Thank you for asking. I have given this a good deal of thought. I should like Alfie to be able to tell us what he needs, with words or with his pictures. More than anything I should like him to have a friend. He would love that. I also hope that he will be happy and settled at school.',
      ),
    ).toEqual([
      'I should like Alfie to be able to tell us what he needs, with words or with his pictures',
      'I should like him to have a friend',
      'I also hope that he will be happy and settled at school',
    ]);
  });

  it.each(['He would love that.', 'That would be wonderful for him.', 'It would mean the world to us.', "he'd love that so much", 'Alfie would love that'])(
    '"%s" alone is no hope',
    (said) => expect(hopesIn(said)).toEqual([]),
  );

  it.each([
    'He would love a dog',
    'He would love to have a dog',
    'I would love it if he could swim',
    'It would be lovely to see him make a friend',
    'That would be his dream job',
    'She would like that job at the cafe',
    'we would love that house',
  ])('"%s" is still a hope', (said) => expect(hopesIn(said)).toEqual([said]));

  it.each([
    ['Above all, I want him to be safe', 'I want him to be safe'],
    ['more than anything else in the world I want her to be happy', 'I want her to be happy'],
    ['Most of all the children in his class are kind', 'Most of all the children in his class are kind'],
    ['above all the noise he wants quiet', 'above all the noise he wants quiet'],
  ])('"%s" is kept as %j', (said, kept) => expect(hopesIn(said)).toEqual([kept]));

  it('"More than anything I should like him to have a friend" is a hope, never help', () => {
    expect(coachHope(hopeWords('More than anything I should like him to have a friend'))).toBe('aspiration');
  });
});

describe('a shrug, then a hedge that holds no hope', () => {
  it.each(['nothing really. maybe later', 'idk. maybe not', 'not sure. maybe i dont know', 'nothing really. probably nothing', 'dunno. maybe ask my mum'])('%j keeps no hope', (typed) => {
    expect(hopesIn(typed)).toEqual([]);
    expect(hopeAfterShrug(typed)).toBe(false);
  });
  it('"nothing really. maybe music" is still the hope', () => expect(hopesIn('nothing really. maybe music')).toEqual(['maybe music']));
});

describe('what the work is, said after where they would work, is the same hope (Chloe, 24)', () => {
  it.each([
    ['i want to work in a cafe. making cofee and cakes. and have my own flat one day', ['i want to work in a cafe, making cofee and cakes', 'have my own flat one day']],
    ['work in a kitchen. cooking meals. and go on holiday with my mates', ['work in a kitchen, cooking meals', 'go on holiday with my mates']],
  ])('%j keeps the work with its place, and the other hope apart', (typed, hopes) => expect(hopesIn(typed)).toEqual(hopes));

  it('"a job at a garage. fixing cars. and live near my nan" is two hopes, the fixing with the garage', () => {
    const hopes = hopesIn('a job at a garage. fixing cars. and live near my nan');
    expect(hopes).toHaveLength(2);
    expect(hopes[0]).toMatch(/garage.*fixing cars/);
  });

  it.each([
    ['work in a shop. and live with my mates', ['work in a shop', 'live with my mates']],
    ['work in a cafe. and learn to drive', ['work in a cafe', 'learn to drive']],
  ])('%j: a step of its own after the work is still a hope of its own', (typed, hopes) => expect(hopesIn(typed)).toEqual(hopes));
});
