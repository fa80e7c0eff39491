import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { planAnswerAtCheck } from '../../src/language/answerAtCheck';

/*
 * Ordinary plan answers that the classifier alone read as a worry: a school's rule about where to eat,
 * and a carer telling of a child's low opinion of himself. No "Are you OK?" for these; disclosures
 * worded near them are still answered in full or asked after.
 */
const young = (text: string) => safeguardingInChat(text, { parent: false }).action;
const carer = (text: string) => safeguardingInChat(text, { parent: true, childName: 'Kai' }).action;

describe('where school lets people eat is a hard thing, not neglect', () => {
  it.each([
    'Food is not allowed in the library, and nobody has given me permission to eat anywhere else',
    'no food in the library. nobody said i could eat somewhere else',
    'nobody has given me permission to eat in the quiet room',
    'we arent allowed to eat in the library and thats the only quiet place',
    'students arent allowed to eat in class',
    'no eating in the classrooms at college',
  ])('"%s" gets no check', (text) => {
    expect(young(text)).toBe('none');
  });

  // A person stopping them from eating may be bullying or a punishment: asked after, never a rule.
  it.each([
    'the other kids wont let me eat in the canteen',
    'the girls wont let me eat in the canteen with them',
    'i have to eat my lunch in the toilets at school cos of them',
    'miss doesnt let me eat lunch at school if i dont finish my work',
    'they wont let me have lunch in class cos im on report',
    'nobody lets me eat at school',
    'nobody lets me eat at college',
    'the teachers wont let me eat my lunch in the classroom',
  ])('"%s" is still asked after', (text) => {
    expect(young(text)).not.toBe('none');
  });

  it('a carer\'s "the other kids wont let him eat in the canteen" is still asked after', () => {
    expect(carer('the other kids wont let him eat in the canteen')).not.toBe('none');
  });

  it.each([
    'nobody gives me food at home',
    'im not allowed food in class and i get hungry',
    'im not allowed to eat until my stepdad says',
    'they dont let me eat in the canteen, the older boys take my lunch',
  ])('"%s" is still answered in full', (text) => {
    expect(young(text)).toBe('answer');
  });

  it('"nobody lets me eat at home" is still asked after', () => {
    expect(young('nobody lets me eat at home')).toBe('check');
  });

  it('"he shoves me on the platform" is still answered in full', () => {
    expect(young('he shoves me on the platform')).toBe('answer');
  });
});

describe("a carer telling of the child's low opinion of himself", () => {
  it.each([
    'confidence mostly. he says hes stupid alot which breaks my heart',
    'his confidence. he calls himself thick all the time',
    'she thinks shes dumb and it breaks my heart',
    'Kai says he is rubbish at everything',
    'more confidence, he keeps saying he is useless',
  ])('"%s" gets no "Are you OK?"', (text) => {
    expect(carer(text)).toBe('none');
  });

  it.each([
    'he says hes stupid and he wants to die',
    'he says he wants to die',
    'she says shes stupid and she wants to hurt herself',
    'he says hes stupid and cuts his arms',
    'he says hes thick, his step dad hits him when he gets it wrong',
    'he says hes stupid and the other kids laugh at him',
  ])('"%s" is still answered in full', (text) => {
    expect(carer(text)).toBe('answer');
  });

  it('"he says hes useless and nobody would miss him" is still asked after', () => {
    expect(carer('he says hes useless and nobody would miss him')).toBe('check');
  });
});

describe('a plan answer typed at "Are you OK?"', () => {
  it.each([
    ['reading dinosaur books by himself ha, and the phonics catch up group', 'reading dinosaur books by himself ha, and the phonics catch up group'],
    ['im fine i was answering ur questions. reading dinosaur books by himself', 'reading dinosaur books by himself'],
    ['yes im ok, i was just answering the question. he would feel proud', 'he would feel proud'],
    ['i was answering your question lol. more confident at school', 'more confident at school'],
    ['more confident at school, that was my answer', 'more confident at school'],
  ])('"%s" keeps "%s"', (text, kept) => {
    expect(planAnswerAtCheck(text)?.answer).toBe(kept);
  });

  it.each([
    'struggling a bit tbh',
    'not great, hes been awful this week',
    'im ok thanks',
    'no thats it',
    "i'm so tired of all this",
    'i was answering your question',
    'my stepbrother hits me when mum is out',
    'nobody lets me eat at home',
    'not really, things are hard at home',
    'what did i say that was worrying',
    'it was about him not me',
    'you got it wrong, i meant my brother',
  ])('"%s" is no plan answer', (text) => {
    expect(planAnswerAtCheck(text)).toBeUndefined();
  });
});
