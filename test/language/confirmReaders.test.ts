import { describe, expect, it } from 'vitest';
import { withTimePointedBack } from '../../src/language/beforeThen';
import { lastChoice } from '../../src/language/changeOfMind';
import { withoutFeelingsBeside } from '../../src/language/feelingBeside';
import { readFieldEdit, wordsCalledWrong } from '../../src/language/fieldEdit';
import { onlyMomentAsides, withoutMomentAsides } from '../../src/language/momentAside';
import { isNotAWording } from '../../src/language/notAWording';
import { fieldNamedBy, labelledField } from '../../src/language/outcomeField';
import { pointedWordsToRemove } from '../../src/language/pointedRemoval';
import { asksForAChange } from '../../src/language/requestBeside';
import { topicAfterLeadIn } from '../../src/language/topicLeadIn';
import { withWordsRemoved } from '../../src/language/wordsToRemove';

describe('a part of the outcome named in people\'s words', () => {
  it.each([
    ['the how everyone will know bit', 'measure'],
    ['how we would know part', 'measure'],
    ['the measure', 'measure'],
    ['the date', 'when'],
    ['the help', 'help'],
    ['the leo will bit', 'step'],
    ['the step', 'step'],
  ])('"%s" names the %s', (words, field) => {
    expect(fieldNamedBy(words)).toBe(field);
  });

  it.each([
    ['no!! the step is: Leo will explain what he needs', 'step', 'Leo will explain what he needs'],
    ['How everyone will know: on 3 trips out he asks a member of staff a question himself', 'measure', 'on 3 trips out he asks a member of staff a question himself'],
    ['the measure should say she reads 10 pages a day', 'measure', 'she reads 10 pages a day'],
  ])('"%s" gives the %s with its words', (text, field, words) => {
    expect(labelledField(text)).toEqual({ field, words });
  });

  it.each(['the measure is wrong', 'the step is fine now', 'i will take my next step by june', 'he wants to measure things'])('"%s" gives no words for a part', (text) => {
    expect(labelledField(text)).toBeNull();
  });
});

describe('a request about one part at the read-back', () => {
  it.each([
    ['can i change the how everyone will know bit? it says would of which is wrong i think', { field: 'measure' }],
    ['i want to change the measure', { field: 'measure' }],
    ['i dont want to change the leo will bit. i want to change the measure', { field: 'measure' }],
    ['yes the first bit but how do i change the how everyone will know part?', { field: 'measure' }],
    ['the statement is right now but the how everyone will know bit is still wrong. it should say his key adult sees him chatting with the same child', { field: 'measure', words: 'his key adult sees him chatting with the same child' }],
    ['where did the how everyone will know bit go?', { field: 'measure', missing: true }],
    ['no thats not what i meant, that was meant to go in the how everyone will know part. the outcome was fine before', { field: 'measure', belongsThere: true }],
    ['can i change the date', { field: 'when' }],
    ['the help is wrong', { field: 'help' }],
    ['not the outcome, the how everyone will know part', { field: 'measure' }],
    ['no not that, the date', { field: 'when' }],
  ])('"%s"', (text, edit) => {
    expect(readFieldEdit(text)).toEqual(edit);
  });

  it.each(['yes', 'By July 2027 I will send my own emails', 'he will measure the flour himself', 'that looks right', 'not the bus, the train', 'not the outcome i wanted'])('"%s" names no part to change', (text) => {
    expect(readFieldEdit(text)).toBeNull();
  });

  it('words called wrong without naming the part are found for the caller', () => {
    expect(wordsCalledWrong('fine yes. the would of bit is still wrong tho')).toBe('would of');
    expect(wordsCalledWrong('it says would of which is wrong i think')).toBe('would of');
    expect(wordsCalledWrong('the how everyone will know bit is wrong')).toBeNull();
  });
});

describe('words quoted and then asked away', () => {
  it.each([
    ['lol why does it say i hate forms, take that out. and where did the how everyone will know bit go?', 'i hate forms'],
    ['it says "with help", take it out', 'with help'],
    ['why has it got every day in it? get rid of that', 'every day'],
  ])('"%s" takes out "%s"', (text, words) => {
    expect(pointedWordsToRemove(text)).toBe(words);
  });

  it.each(['take that out', 'why does it say i hate forms', 'why does it say that'])('"%s" quotes nothing to take out', (text) => {
    expect(pointedWordsToRemove(text)).toBeUndefined();
  });
});

describe('asking or complaining where new words are wanted', () => {
  it.each(['why does it say i hate forms?', 'thats not what i meant', 'no!! thats all wrong', 'wait do what? i havent said what the step is yet', 'it doesnt make sense'])('"%s" is no wording', (text) => {
    expect(isNotAWording(text)).toBe(true);
  });

  it.each(['By December 2027, I will pass my theory test', 'pass my theory test', 'is that ok? I will swim 2 lengths', 'how to use the bus on my own'])('"%s" is a wording', (text) => {
    expect(isNotAWording(text, { byWordsOnly: true })).toBe(false);
  });

  it('a question mark alone is an unsure answer where a step is asked', () => {
    expect(isNotAWording('go swimming?', { byWordsOnly: true })).toBe(false);
    expect(isNotAWording('go swimming?')).toBe(true);
  });
});

describe('the topic after a lead-in', () => {
  it.each([
    ['one more about being less tired and doing my stretches', 'being less tired and doing my stretches'],
    ['yes one for the trains job', 'the trains job'],
    ['yes, one about the flat please', 'the flat'],
    ['can we do one on cooking?', 'cooking'],
    ['another one about making friends', 'making friends'],
    ['Yes, I would like to add another one about living on my own, if that is alright.', 'living on my own'],
    ['yeah add the one about going out with my mates', 'going out with my mates'],
    ['do the one about driving', 'driving'],
    ['lets do one for college', 'college'],
    ['make one about my driving test', 'my driving test'],
    ['I will like one for the friend hope', 'the friend hope'],
    ['I would like one for the friend hope, please', 'the friend hope'],
    ['we would like another about his sleep', 'his sleep'],
  ])('"%s" is about "%s"', (text, topic) => {
    expect(topicAfterLeadIn(text)).toBe(topic);
  });

  it.each(['yes', 'one step at a time', 'cook 3 meals by myself', 'one for me', 'make one friend at college', 'do the one thing i find hard', "I'd like one on one help", 'I would like one friend to play with', 'I would like one of those timers', 'I would like one more go on the swings', 'he would like one for himself'])('"%s" has no lead-in', (text) => {
    expect(topicAfterLeadIn(text)).toBeNull();
  });
});

describe('words about the moment', () => {
  it.each([
    ['yes one for the trains job. sorry leo just woke up brb', 'yes one for the trains job.'],
    ['back. wait do what? i havent said what the step is yet', 'wait do what? i havent said what the step is yet'],
    ['sorry its late. he will cook pasta', 'he will cook pasta'],
    ['sorry i meant easter', 'sorry i meant easter'],
    ['he wakes up early and gets dressed', 'he wakes up early and gets dressed'],
    ['back to school by september', 'back to school by september'],
    ['back wait what was the question', 'wait what was the question'],
    ["yeah one more for the after school meltdowns. sorry hang on, oliver's just come down", 'yeah one more for the after school meltdowns.'],
    ['the noise at lunch. hold on his sister is here', 'the noise at lunch.'],
    ['the bus. one sec', 'the bus.'],
    ['he gets upset when his sister comes home', 'he gets upset when his sister comes home'],
    ['sorry he has come down with a cold a lot', 'sorry he has come down with a cold a lot'],
    ['his dad is here at weekends', 'his dad is here at weekends'],
  ])('"%s" leaves "%s"', (text, rest) => {
    expect(withoutMomentAsides(text)).toBe(rest);
  });

  it.each(['brb', 'back', 'sorry the baby woke up', 'hang on. sorry its late', 'back. sorry.'])('"%s" is only about the moment', (text) => {
    expect(onlyMomentAsides(text)).toBe(true);
  });
});

describe('a change of mind in one message', () => {
  it.each([
    ['end of year 7. actually no make it easter year 7, i dont want to wait that long', 'easter year 7'],
    ['by june, no wait, by easter', 'by easter'],
    ['in a year. or rather 6 months', '6 months'],
    ['in a year. actually no make it 6 months, i want to drive by summer', '6 months'],
    ['summer. actually, christmas cos he will be ready', 'christmas'],
  ])('"%s": the last choice is "%s"', (text, choice) => {
    expect(lastChoice(text)).toBe(choice);
  });

  it.each(['he actually likes trains', 'actually by june', 'end of year 7'])('"%s" does not change its mind', (text) => {
    expect(lastChoice(text)).toBeNull();
  });
});

describe('a feeling beside the step', () => {
  it.each([
    ['pass my theory test. I hate forms', 'pass my theory test.'],
    ['cook 3 meals. ugh cooking. forms are so boring', 'cook 3 meals.'],
    ['I hate forms', 'I hate forms'],
    ['fill in a form by myself. I hate it when people do it for me', 'fill in a form by myself. I hate it when people do it for me'],
  ])('"%s" is the step "%s"', (text, step) => {
    expect(withoutFeelingsBeside(text)).toBe(step);
  });
});

describe('"before then" points back at the time said', () => {
  it.each([
    ['my internship finishes in july so before then really', 'my internship finishes before july really'],
    ['he starts secondary in september so by then', 'he starts secondary by september'],
    ['in july', 'in july'],
  ])('"%s"', (text, read) => {
    expect(withTimePointedBack(text)).toBe(read);
  });
});

describe('a request beside an agreement', () => {
  it.each(['ok better. can you delete the bit that says wait', 'looks good but move the bike one to my friends hope', 'yes please change the date', 'thats good, i want to add another hope'])('"%s" asks for a change', (text) => {
    expect(asksForAChange(text)).toBe(true);
  });

  it.each(['yes looks good', 'ok better', 'yes thats right thank you', 'i like the change'])('"%s" asks for none', (text) => {
    expect(asksForAChange(text)).toBe(false);
  });
});

describe('words taken out of a sentence read back', () => {
  it.each([
    ['I will help at the dog rescue on Saturdays.', 'saturdays', 'I will help at the dog rescue.'],
    ['I will pass my theory test. I hate forms.', 'i hate forms', 'I will pass my theory test.'],
    ['I will cook on Saturdays with my mum.', 'saturdays', 'I will cook with my mum.'],
  ])('"%s" without "%s"', (sentence, words, left) => {
    expect(withWordsRemoved(sentence, words)).toBe(left);
  });
});
