import { describe, expect, it } from 'vitest';
import { stepPutRight, withoutAnswerLead, withoutHelpLead, withoutTheirReading } from '../../src/language/answerLead';

describe('words that only lead up to an answer', () => {
  it.each([
    ['anyway the step is sort my own money like budget my wages', 'sort my own money like budget my wages'],
    ['ok so my answer is my tutor checks it', 'my tutor checks it'],
    ['the help is college sorting the placement', 'college sorting the placement'],
    ['anyway, someone showing me a quicker way', 'someone showing me a quicker way'],
  ])('"%s" keeps "%s"', (typed, kept) => {
    expect(withoutAnswerLead(typed)).toBe(kept);
  });

  it.each(['so i can get a job', 'the step is hard', 'the help is good', 'my mum helps'])('"%s" is kept as typed', (typed) => {
    expect(withoutAnswerLead(typed)).toBe(typed);
  });

  it('"no the step is budgeting… it leads to paying my own bills" puts the step right as "budgeting"', () => {
    expect(stepPutRight('no the step is budgeting… it leads to paying my own bills')).toBe('budgeting');
    expect(stepPutRight('the step is budgeting')).toBeNull();
    expect(stepPutRight('no i dont know')).toBeNull();
  });

  it.each([
    ['the help is college sorting the placement', 'college sorting the placement'],
    ['i need someone to show me the route', 'someone to show me the route'],
    ['help would be a ticket screen', 'a ticket screen'],
    ['i need help', 'i need help'],
  ])('help "%s" is kept as "%s"', (typed, kept) => {
    expect(withoutHelpLead(typed)).toBe(kept);
  });
});

describe('their reading of the question before the answer', () => {
  it.each([
    ['if you mean help, a map on my phone', 'a map on my phone'],
    ['if u mean the help: a laptop', 'a laptop'],
    ['so if you mean by provide what help, then a laptop', 'a laptop'],
  ])('%j is %j', (text, answer) => {
    expect(withoutTheirReading(text)).toBe(answer);
  });
  it.each([
    ['if u mean my mum, she does everything for me'],
    ['if you mean at home, my nan does my hair'],
    ['if you mean my dad, he drives me'],
    ['if you mean at school, my TA helps'],
    ['if you mean college: the tutor'],
  ])('%j keeps who or where it is about, since that is not one of the bot\'s own words', (text) => {
    expect(withoutTheirReading(text)).toBe(text);
  });
  it.each([
    ['if you mean support, my mum does it', 'my mum does it'],
    ['if you mean the step, making toast', 'making toast'],
    ['if u mean outcome: living on my own', 'living on my own'],
  ])('%j drops their reading of the bot\'s own word', (text, answer) => {
    expect(withoutTheirReading(text)).toBe(answer);
  });
  it.each(['if you mean it, say it', 'when you mean well, people help', 'if i mean help, i say help', 'a map, if you mean help', 'if you mean to go, go', 'if you mean that, yes'])('%j stays whole', (text) => {
    expect(withoutTheirReading(text)).toBe(text);
  });
});
