import { describe, expect, it } from 'vitest';
import { parseAgeOrYear } from '../../src/language/ageOrYear';
import { readConfirm, readConsent, readFeelSafe, readMore, readReadingMode, readSafetyCheck } from '../../src/language/closedAnswers';
import { readInvite } from '../../src/language/inviteAnswer';
import { readsAsAnotherBarrier } from '../../src/language/nothingHelps';
import { keepsTheWording } from '../../src/language/keepWording';
import { readName } from '../../src/language/nameAnswer';
import { readWho } from '../../src/language/whoAnswer';

describe('names as people type them', () => {
  it.each([
    ['um... sam', 'Sam'],
    ['erm Sam', 'Sam'],
    ['khloe with a k', 'Khloe'],
    ['Sam, with one m', 'Sam'],
    ['Amira, A-M-I-R-A', 'Amira'],
    ["I'm Harriet but call me Hattie", 'Hattie'],
    ['Mohammed but we call him Mo', 'Mo'],
    ['Oliver, he goes by Ollie', 'Ollie'],
    ['Beatrice, Bea for short', 'Bea'],
    ['Mo is what everyone calls me', 'Mo'],
    ['just T', 'T'],
    ['DJ', 'DJ'],
    ['JAYDEN', 'Jayden'],
    ['Kacper, he is 7', 'Kacper'],
    ['I am mum of Zosia', 'Zosia'],
    ['my daughter Amira', 'Amira'],
    ['mo', 'Mo'],
    ["I'm Zosia's mum", 'Zosia'],
    ['hiya its ben', 'Ben'],
    ['its me ben', 'Ben'],
    ['Joshua but Josh is fine', 'Josh'],
    ['Frederick (Freddie)', 'Freddie'],
    ['Billy (William)', 'Billy'],
    ['its lewis mate', 'Lewis'],
    ['evie. thanks for asking', 'Evie'],
    ['my son is call Hamza', 'Hamza'],
    ['Will', 'Will'],
    ['gracie... no, Grace', 'Grace'],
    ['my name is grace and i like horses', 'Grace'],
    ['lucas, but my mates call me luke, either is fine', 'Lucas'],
    ['this is for Jamal', 'Jamal'],
    ['my son jamal, he is 11', 'Jamal'],
    ["name's lucas", 'Lucas'],
    ['it’s Lucas', 'Lucas'],
    ['I am Leo, no middle name', 'Leo'],
    ['kj', 'KJ'],
  ])('%s is %s', (typed, name) => {
    expect(readName(typed)).toEqual({ name });
  });

  it.each(['rather keep it private', 'leave it blank', "I'll skip this one", "don't want to", 'can i not', "that's private", 'would rather not', 'I want to stay anonymous', 'can we skip this', "you don't need my name", "I'd prefer not to give my name thanks", 'keep it anonymous please'])(
    '"%s" declines to give a name',
    (typed) => {
      expect(readName(typed)).toEqual({ name: null });
    },
  );

  it('does not take a sentence about something else for a name', () => {
    expect(readName('i want to go home now please')).toBeUndefined();
  });
});

describe('hedged, reported and other-language yes and no', () => {
  it.each(['I suppose so', 'guess so', 'he has said yes that\'s fine', 'she says yes', 'tak', 'haan ji', 'sí', "I'm ok with that"])('"%s" agrees', (typed) => {
    expect(readConsent(typed)).toBe('yes');
  });

  it.each(["i'm not comfortable with that", 'nie', 'nahi', 'no gracias', 'he doesnt want that', 'she says no'])('"%s" declines', (typed) => {
    expect(readConsent(typed)).toBe('no');
  });

  it.each(['urgh another form. ok fine', 'meh, yeah go on', 'sigh. yes', 'not more questions... fine'])('a grumble before "%s" still agrees', (typed) => {
    expect(readConsent(typed)).toBe('yes');
  });

  it.each(['ugh i hate school', 'urgh my head hurts'])('a grumble with no answer ("%s") is not a yes or a no', (typed) => {
    expect(readConsent(typed)).toBeUndefined();
  });

  it('keeps "I suppose" on its own unanswered', () => {
    expect(readConsent('i suppose')).toBeUndefined();
  });
});

describe('who is chatting', () => {
  it.each(["I'm his TA typing for him", 'mum is typing for me', 'my support worker is typing what I say', 'me + my mum', 'my mum and me', 'I am scribing for her, she is telling me the answers', "I'm her TA, I'm typing what she says"])(
    '"%s" is the young person, helped',
    (typed) => {
      expect(readWho(typed)?.who).toBe('young_person_helped');
    },
  );

  it('keeps a supporter or parent filling it in about the young person as themselves', () => {
    expect(readWho("I'm his teacher and I'm filling this in about him")).toEqual({ who: 'supporter', pronoun: 'he' });
    expect(readWho("step mum, i'm filling it in for him")).toEqual({ who: 'parent_or_carer', pronoun: 'he' });
  });

  it.each(['is my support worker the same as a key worker?', 'whats the difference between a support worker and a key worker', 'does my nan count?', 'what is a key worker', 'is a TA the same as a support worker'])(
    '"%s" asks about a helper and chooses nobody',
    (typed) => {
      expect(readWho(typed)).toBeUndefined();
    },
  );

  it.each([
    ['my support worker', 'supporter'],
    ['me and my key worker', 'young_person_helped'],
    ['its my mum typing for me', 'young_person_helped'],
    ['i am the same person as before, me', 'young_person'],
  ])('"%s" still says who is chatting', (typed, who) => {
    expect(readWho(typed)?.who).toBe(who);
  });
});

describe('ages and settings', () => {
  it.each([
    ['19, im on a supported internship', 'college'],
    ['18 doing a traineeship', 'college'],
    ['17 on a work placement with my course', 'college'],
    ['18, my placement broke down, not at college', 'not_at_school'],
  ] as const)('"%s" is %s', (typed, setting) => {
    expect(parseAgeOrYear(typed).setting).toBe(setting);
  });

  it.each(['18, id like to go on a placement', "18 and I don't feel safe in my placement", '19, in a foster placement'])('"%s" names no place of study', (typed) => {
    expect(parseAgeOrYear(typed).setting).not.toBe('college');
  });

  it.each([
    ['i go to colege', 'college'],
    ['we home educate him', 'not_at_school'],
    ["she doesn't go to school", 'not_at_school'],
    ['im not in education', 'not_at_school'],
  ] as const)('"%s" is %s', (typed, setting) => {
    expect(parseAgeOrYear(typed)).toEqual({ setting });
  });

  it('reads a misspelt number as the nearest number word', () => {
    expect(parseAgeOrYear('fithteen').age).toBe(15);
  });

  it('reads a misspelt reception and pre school', () => {
    expect(parseAgeOrYear('recepshun').schoolYear).toBe(0);
    expect(parseAgeOrYear('pre school').schoolYear).toBe(-1);
  });
});

describe('closed questions in other words', () => {
  it.each(['nobody gave me a code', 'not that i know of', "what's a key worker"])('"%s" is no code', (typed) => {
    expect(readInvite(typed)).toEqual({ code: null });
  });

  it.each([
    ['yes I have no worries', 'yes'],
    ['yes never had a problem', 'yes'],
    ['at home yes, school not so much', 'not_always'],
    ['home yes school no', 'not_always'],
    ['i get bullied at school', 'not_always'],
    ['only at home', 'not_always'],
    ['dont wanna talk about that', 'rather_not_say'],
    ['Yes he does. Sorry, that last bit about comics was not an answer to your question. What works for him is short instructions.', 'yes'],
    ['Yes. But not at school', 'not_always'],
    ['yes. some kids are mean to me online', 'not_always'],
  ] as const)('safe: "%s" is %s', (typed, answer) => {
    expect(readFeelSafe(typed)).toBe(answer);
  });

  it.each([
    ['basic English please', 'easy_read'],
    ['less words', 'easy_read'],
    ["whatever you'd write for adults", 'standard'],
    ['dont need easy read', 'standard'],
    ['I read well thank you', 'standard'],
  ] as const)('reading mode: "%s" is %s', (typed, mode) => {
    expect(readReadingMode(typed)).toBe(mode);
  });

  it('hears that nothing more is coming', () => {
    for (const typed of ['i cant think of any more', 'all done', "i think we're done", 'not that i can think of', 'thats the lot', 'not at the minute', 'na']) expect(readMore(typed)).toEqual({ answer: 'no' });
  });

  it('takes "I don\'t know how to ..." as a new difficulty, and "i dont know" alone as unsure', () => {
    expect(readMore("I don't know how to use money")).toEqual({ answer: 'yes', content: "I don't know how to use money" });
    expect(readMore('i dont know')).toBeUndefined();
  });

  it('reads "that\'s it" as yes to the read-back, and "I\'m ok now" as safe', () => {
    expect(readConfirm("that's it")).toEqual({ answer: 'yes' });
    expect(readSafetyCheck('im ok now')).toBe('safe');
    expect(readSafetyCheck('help')).toBe('not_safe');
  });

  it('hears a tired parent who says nobody is in danger as safe, and "nobody is safe" as not', () => {
    expect(readSafetyCheck('ha, define ok. im shattered but were fine, no one is in danger, its just life')).toBe('safe');
    expect(readSafetyCheck('nobody is at risk, we are just tired')).toBe('safe');
    expect(readSafetyCheck('nobody is safe in this house')).toBe('not_safe');
    expect(readSafetyCheck('hes fine but im not safe')).toBe('not_safe');
  });

  it('does not take "no wait" at the safety question as a no', () => {
    expect(readFeelSafe('actually no wait i want to tell you something else. my teacher lets me sit by the door')).toBeUndefined();
    expect(readFeelSafe('no wait, yes i do')).toBe('yes');
    expect(readFeelSafe('no wait, not always')).toBe('not_always');
    expect(readFeelSafe('no')).toBe('not_always');
  });
});

describe('what helps, or another hard thing', () => {
  it('reads a difficulty typed at what helps as a hard thing, and help as help', () => {
    for (const hard of ['spelling is really hard for me', 'i get upset when plans change', 'he cant sit still in assembly', 'busy roads sometimes i get a bit muddled']) expect(readsAsAnotherBarrier(hard), hard).toBe(true);
    for (const help of ['a timer helps me calm down', 'music when i get stressed', 'nothing, it is just hard', 'my sister reads it with me']) expect(readsAsAnotherBarrier(help), help).toBe(false);
  });
});

describe('keeping the wording after asking to change it', () => {
  it('hears "leave it as it was" as keeping the sentence, and a new sentence as new words', () => {
    for (const keep of ['actually its good, yes', 'no no its fine', 'leave it the way it was', 'on second thoughts keep it', 'ok never mind']) expect(keepsTheWording(keep), keep).toBe(true);
    for (const words of ['I will feel fine going to the shop', 'be good at football', 'yes', 'ok so I will cook pasta']) expect(keepsTheWording(words), words).toBe(false);
  });
});

describe('"another one?" answered with agreement and chatter', () => {
  it.each(['oh ok fine lol', 'alright fine', 'yeah ok whatever', 'ugh ok fine'])('"%s" is a yes with no new item', (typed) => {
    expect(readMore(typed)).toEqual({ answer: 'yes' });
  });

  it('"yes fine motor skills" still brings its item', () => {
    expect(readMore('yes fine motor skills')).toEqual({ answer: 'yes', content: 'fine motor skills' });
  });
});
