import { describe, expect, it } from 'vitest';
import {
  parseAgeOrYear,
  recogniseChoice,
  recogniseCommand,
  recogniseYesNo,
  splitYesWithContent,
  type GlobalCommand,
} from '../../src/language';

describe('recogniseCommand', () => {
  it.each<readonly [string, GlobalCommand]>([
    ['help', 'help'],
    ['hlep', 'help'],
    ['Help!', 'help'],
    ['i dont understand', 'help'],
    ['back', 'back'],
    ['go bakc', 'back'],
    ['skip', 'skip'],
    ['skip this one pls', 'skip'],
    ["I'm not sure", 'notSure'],
    ['i dont no', 'notSure'],
    ['dunno', 'notSure'],
    ['idk', 'notSure'],
    ['stop', 'stop'],
    ['I want to stop', 'stop'],
    ['save and come back later', 'stop'],
    ['I have a code', 'resume'],
    ["i've got a code", 'resume'],
    ['start again', 'startAgain'],
    ['strat again', 'startAgain'],
    ['restart', 'startAgain'],
    ['easy read', 'easyRead'],
    ['easier words please', 'easyRead'],
    ['standard', 'standard'],
    ['normal words', 'standard'],
    ['show my draft', 'showDraft'],
    ['sho my draft', 'showDraft'],
    ['what have i said so far', 'showDraft'],
    ['delete my data', 'deleteData'],
    ['delet my data', 'deleteData'],
    ['talk to a person', 'talkToPerson'],
    ['can i talk to someone', 'talkToPerson'],
    ['tlak to a real person', 'talkToPerson'],
  ])('%j is %s', (text, command) => {
    expect(recogniseCommand(text)).toBe(command);
  });

  it.each([
    'I need help with reading',
    'I want to stop being scared of buses',
    'my back hurts',
    'I want to skip school',
    'hello',
    'shop',
    'yes',
    'no',
    'I like helping people',
    'I want to talk to someone about my feelings at school',
    'I would like to go back to swimming',
    'a person who can read to me',
    '',
  ])('%j is an answer, not a command', (text) => {
    expect(recogniseCommand(text)).toBeNull();
  });
});

describe('recogniseYesNo and splitYesWithContent', () => {
  it.each([
    ['yes', 'yes'],
    ['Yeah', 'yes'],
    ['yep!', 'yes'],
    ['yh', 'yes'],
    ['yesss', 'yes'],
    ['ok', 'yes'],
    ['sure', 'yes'],
    ['👍', 'yes'],
    ['no', 'no'],
    ['nope', 'no'],
    ['nah', 'no'],
    ['no thanks', 'no'],
    ["that's all", 'no'],
    ['not really', 'no'],
    ['not sure', 'notSure'],
    ['not really sure', 'notSure'],
    ['maybe', 'notSure'],
    ['dunno', 'notSure'],
    ['idk', 'notSure'],
    ["I don't know", 'notSure'],
    ['hmm', 'notSure'],
  ])('%j is %s', (text, answer) => {
    expect(recogniseYesNo(text)).toBe(answer);
  });

  it.each(['learn to drive', 'no one talks to me', 'right now I want a job', 'nothing helps me', 'go on holiday'])(
    '%j has no yes or no',
    (text) => {
      expect(recogniseYesNo(text)).toBeNull();
      expect(splitYesWithContent(text)).toEqual({ answer: null, rest: text });
    },
  );

  it.each([
    ['yeah, learn to drive', 'yes', 'learn to drive'],
    ['yeah learn to drive', 'yes', 'learn to drive'],
    ['Yes I want to live in a flat', 'yes', 'I want to live in a flat'],
    ['yes please!', 'yes', ''],
    ['sure - cooking', 'yes', 'cooking'],
    ['hmm yes, swimming', 'yes', 'swimming'],
    ['no thanks', 'no', ''],
    ['maybe go to college', 'notSure', 'go to college'],
  ])('%j is %s plus %j', (text, answer, rest) => {
    expect(splitYesWithContent(text)).toEqual({ answer, rest });
  });
});

describe('recogniseChoice', () => {
  const who = [
    { value: 'self', synonyms: ['me', 'myself', 'I am'] },
    { value: 'parent_carer', synonyms: ['parent or carer', 'parent', 'carer', 'mum', 'dad'] },
    { value: 'helper', synonyms: ['someone helping me', 'helper'] },
  ];

  it.each([
    ['2', 'parent_carer'],
    ['number 3', 'helper'],
    ['the second one', 'parent_carer'],
    ['3rd', 'helper'],
    ['last', 'helper'],
    ['me', 'self'],
    ['Me!', 'self'],
    ['mum', 'parent_carer'],
    ['parnet', 'parent_carer'],
    ['someone helping', 'helper'],
    ["i'm her dad", 'parent_carer'],
  ])('%j picks %s', (text, value) => {
    expect(recogniseChoice(text, who)).toBe(value);
  });

  it('returns null when nothing fits or the number is out of range', () => {
    expect(recogniseChoice('xyz', who)).toBeNull();
    expect(recogniseChoice('7', who)).toBeNull();
    expect(recogniseChoice('', who)).toBeNull();
  });
});

describe('parseAgeOrYear', () => {
  it.each([
    ['15', { age: 15 }],
    ["he's 4", { age: 4 }],
    ["I'm fifteen", { age: 15 }],
    ['14 years old', { age: 14 }],
    ['she is 18 months', { age: 1 }],
    ['year 5', { schoolYear: 5 }],
    ['yr 10', { schoolYear: 10 }],
    ['Y10', { schoolYear: 10 }],
    ['year eleven', { schoolYear: 11 }],
    ['reception', { schoolYear: 0 }],
    ['nursery', { schoolYear: -1, setting: 'nursery' }],
    ['lower sixth', { schoolYear: 12 }],
    ["I'm in year 9 and I'm 14", { schoolYear: 9, age: 14 }],
    ['he is 4 and in reception', { schoolYear: 0, age: 4 }],
    ['no idea', {}],
  ])('%j gives %o', (text, expected) => {
    expect(parseAgeOrYear(text)).toEqual(expected);
  });
});
