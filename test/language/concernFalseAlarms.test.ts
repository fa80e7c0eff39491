import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { describesHarmByOthers, safeguardingInChat } from '../../src/language';

/*
 * Narrow readers of words that look like harm and are not: being chosen to answer in class, a
 * disclosure said not to be one, an instruction about how to support a child, and time off work.
 * Each has its look-alikes that must still be heard.
 */

const flags = (text: string) => detectConcern(text).concern && detectConcern(text).sure;
/** Interrupts the chat at all: the full answer, or "Are you OK?" first. */
const interrupts = (text: string) => safeguardingInChat(text, { parent: false }).action !== 'none';

describe('being chosen in class is not bullying', () => {
  it.each([
    'when teachers pick on me to answer in class. my hands shake',
    'teachers pick on me in class to read out loud',
    'i hate it when they pick on me to answer in front of everyone',
    'my teacher picks me to read out',
  ])('"%s" is no disclosure', (text) => {
    expect(flags(text)).toBe(false);
    expect(interrupts(text)).toBe(false);
  });

  it.each(['they pick on me', 'they pick on me to make me cry', 'the girls in my year pick on me every day', 'i get picked on at lunch'])('"%s" is still bullying', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'bullying', sure: true });
  });
});

describe('a disclosure said not to be one', () => {
  it.each(['im not being bullied', 'nobody bullies me', 'no one hurts me', 'i dont get bullied', 'ugh no im not being bullied. i mean they ask me a question in front of every1. im safe', 'its not bullying, they just ask me stuff'])(
    '"%s" never flags and never interrupts',
    (text) => {
      expect(flags(text)).toBe(false);
      expect(interrupts(text)).toBe(false);
    },
  );

  it.each([
    ['i say im not being bullied but they hit me every day', 'bullying'],
    ['i told them im not being bullied but i am, they call me names', 'bullying'],
    ['im not being bullied but my dad hits me', 'harm_from_others'],
  ])('"%s" is still heard', (text, category) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category, sure: true });
  });
});

describe('an instruction about how to support a child is not a disclosure', () => {
  it.each([
    'Be calm and patient. Not touch him when he is upset. Give him time',
    'dont touch him when he is upset',
    "give her space, don't hug her when she's overwhelmed",
    'never grab him when he is having a meltdown',
  ])('"%s" is no disclosure', (text) => {
    expect(flags(text)).toBe(false);
  });

  it.each(['he touches me', 'my uncle touches me when he is drunk', 'he touched her when she was asleep', 'dont touch him when he is asleep he said, then he did it to me'])('"%s" is still sexual abuse', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'sexual_abuse' });
  });
});

describe('harm by others, told plainly', () => {
  it.each(['more grown up. my mum wont have to take time off work', 'my mum has to take me to school', 'my dad takes the bus', 'we take it in turns'])('"%s" is not harm by others', (text) => {
    expect(describesHarmByOthers(text)).toBe(false);
  });

  it.each(['some older boys at the bus stop keep taking it', 'older boys keep taking my money', 'they take my phone', 'the boys took it off me'])('"%s" is harm by others', (text) => {
    expect(describesHarmByOthers(text)).toBe(true);
  });

  it('"my mum wont have to take time off work" gets no "Are you OK?"', () => {
    expect(interrupts('more grown up. my mum wont have to take time off work')).toBe(false);
  });
});

describe('text-speak for would, could and should reads as the words themselves', () => {
  it.each(['i wud feel grown up', 'i wud feel proud of myself', 'i cud go to college on my own', 'it shud say i feel more grown up'])('"%s" is no concern', (text) => {
    expect(detectConcern(text)).toEqual({ concern: false, category: null });
  });
});

describe('a sore body said to be killing someone', () => {
  it.each(['getting my brace tightened tomorrow. my teeth are gonna kill me for days', 'my legs are going to kill me after that run'])('"%s" is no disclosure', (text) => {
    expect(flags(text)).toBe(false);
  });

  it('a threat from someone beside it is still heard', () => {
    expect(flags('my dad said he is going to kill me and my back hurts from where he hit me')).toBe(true);
  });
});

describe('everyday words that sound like wanting to be gone', () => {
  it.each(['i wont be here next year because we are moving to leeds', 'i punish myself at the gym to get stronger lol', 'i dont want to wake up early on saturdays'])(
    '"%s" is no disclosure',
    (text) => expect(flags(text)).toBe(false),
  );
  it.each(['i wont be here next year', 'i punish myself when i get things wrong', 'i dont want to wake up ever again'])('"%s" is still self-harm or suicide', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'self_harm_or_suicide' });
  });
});

describe('a child who calls himself names, said as what would change', () => {
  it.each(["he wouldnt be saying im thick or im stupid as much, i could keep a note at home", "he won't be saying i'm stupid any more", 'she would not be saying im ugly every morning'])(
    '"%s" is never a sure disclosure of bullying',
    (text) => {
      expect(flags(text)).toBe(false);
    },
  );

  // A parent quoting the child's own words about himself when a task beats him.
  it.each([
    "It would make him feel clever at school, not stupid, because now he say 'I am stupid' when he cannot finish",
    'he says im thick when he gets it wrong',
    "she says 'I am dumb' when she cant do her homework",
    'he keeps saying i am useless when he makes a mistake',
  ])('"%s" from a parent is no disclosure of bullying', (text) => {
    expect(safeguardingInChat(text, { parent: true }).action).toBe('none');
  });

  // The same shape from a young person is someone calling them names; a parent's with harm beside it is still heard.
  it.each([
    'theres a boy in my class, he says im a freak when he cant win',
    'she says im ugly when she gets things wrong and blames me',
    'this lad he said im fat when he doesnt get his way',
    'he says i am dumb whenever he makes a mistake in football',
  ])('"%s" from a young person is heard', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).not.toBe('none');
  });
  it.each(['he says im thick when he gets it wrong. the boys in his class hit him every day'])('"%s" from a parent is still heard', (text) => {
    expect(safeguardingInChat(text, { parent: true }).action).not.toBe('none');
  });
  // Ordinary parent sentences the exception must leave alone.
  it.each(['he says he is tired when he gets home', 'she says im the best mum when she gets a treat', 'he said im late when he got to school', 'she says i am busy when she asks to play', 'he says im his favourite when he gets a hug'])(
    '"%s" from a parent is no disclosure',
    (text) => expect(safeguardingInChat(text, { parent: true }).action).toBe('none'),
  );

  it.each([
    'they keep saying im stupid',
    'they wouldnt stop saying im fat',
    'the boys say im thick',
    // Someone else's words to the one typing, whatever follows "when".
    'she said im fat when she saw me',
    'he said im stupid when he took my bag',
    'they say im stupid when he cant hear',
    'he says im stupid when i get it wrong',
    'he says im thick',
  ])('"%s" is still bullying', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'bullying', sure: true });
  });
});

describe('colouring hair, spelt "die"', () => {
  it.each(['He says he wants to dye his hair blue for the summer', 'i want die my hair pink', 'she wants to die her hair a different colour'])('"%s" is no disclosure', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });
  it.each(['i want to die, my hair is falling out', 'i want to die. my hair looks awful and everyone laughs', 'i want to die my hair is a mess', 'he wants to die', 'i want to die pink is my favourite colour'])(
    '"%s" is still self-harm or suicide',
    (text) => expect(detectConcern(text)).toMatchObject({ concern: true, category: 'self_harm_or_suicide' }),
  );
  // Punctuation, a natural colour, "colour" or more words after it break the hair reading.
  it.each([
    'i want to die. my hair ginger n evry1 laughs',
    'i want to die, my hair ginger n evry1 laughs',
    'i just want to die my hair colour doesnt matter',
    'i want to die my hair colour is wrong my face is wrong everything is wrong',
    'i want to die my hair brown everyone hates me',
    'i want to die my hair blue and nobody would care',
  ])('"%s" is still heard', (text) => expect(interrupts(text)).toBe(true));
  it.each(['I want to die my hair purple!', 'can i die my hair red?', 'mum says i can dye my hair black'])('"%s" is still no disclosure', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });
});

/** Dread of a school day, a gift with its reason, a young child's new step: ordinary, however they sound. */
describe('dread, gifts and milestones', () => {
  it.each([
    'i wish i wasnt here for the exam',
    "I wish I wasn't in school for sports day",
    'i want to give my games to my cousin because i got new ones',
    "he's 6 and sleeps on his own at night now",
    'she sleeps in her own bed now',
    'my little brother sleeps in my bed when he has nightmares',
    "I sleep in mum's bed when I'm poorly",
  ])('%j raises nothing', (text) => {
    expect(detectConcern(text).concern).toBe(false);
    expect(interrupts(text)).toBe(false);
  });

  it('"my uncle sleeps in my bed when i have nightmares" is still asked after', () => {
    expect(interrupts('my uncle sleeps in my bed when i have nightmares')).toBe(true);
  });

  it.each(['i want to give all my stuff away, i wont need it', 'i wish i wasnt here', 'i wish i wasnt here. for the exam i need help', 'he sleeps on his own now because mum goes out all night and leaves us', 'my little brother sleeps in my bed when he has nightmares. my step dad touches me'])(
    '%j is still a sure concern',
    (text) => {
      expect(detectConcern(text)).toMatchObject({ concern: true, sure: true });
    },
  );
});

