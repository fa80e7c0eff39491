import { describe, expect, it } from 'vitest';
import { readDataQuestion } from '../../src/language/dataQuestion';

describe('a question about what happens to the answers', () => {
  it.each(['how long do you keep it', 'where is it kept', 'Where is my information stored?', 'how long is my data kept for', 'how long will my answers stay', 'is my data safe', 'do you delete it when im done'])(
    '%j asks how long or where they are kept',
    (text) => {
      expect(readDataQuestion(text)).toMatchObject({ kept: true, whoSees: false });
    },
  );

  it.each(['does Janice see it', 'will my dad see it', 'Does the social worker see this?', 'who sees this when im done', 'can my nan read what i wrote', 'can karen see it. and my dad', 'can he see it', 'will she read my plan', 'can my teacher see my goals', 'who reads the plan?'])('%j asks who sees them', (text) => {
    expect(readDataQuestion(text)).toMatchObject({ kept: false, whoSees: true, chooses: false });
  });

  it('"can bev see it but not dad" asks to choose who sees it', () => {
    expect(readDataQuestion('can bev see it but not dad')).toEqual({ kept: false, whoSees: true, chooses: true, notWanted: false, who: 'bev' });
  });

  it('"wait the school sees it?" and "i dont want my mum to see it" name who, in the bot\'s words', () => {
    expect(readDataQuestion('wait the school sees it?')).toMatchObject({ whoSees: true, who: 'the school' });
    expect(readDataQuestion('i dont want my mum to see it')).toMatchObject({ whoSees: true, notWanted: true, who: 'your mum' });
    // Without a question mark it is said, not asked: "my mum sees it" is left to the question.
    expect(readDataQuestion('my mum sees it')).toBeNull();
  });

  it('two questions in one message are both read', () => {
    expect(readDataQuestion('How long do you keep it? Does Janice see it?')).toMatchObject({ kept: true, whoSees: true, chooses: false, notWanted: false });
  });

  it.each([
    'my dad can see me ride my bike',
    'I want to keep my room tidy',
    'where is the toilet kept',
    'does she see it as a problem',
    'can she see the board',
    'can he read it by himself',
    'will mia have her own room',
    'how long does it take',
    'and my dad',
    'can karen see it. i want to live with her',
    'can he see the board',
    'how long does it last',
    'how long will it last',
    'who sees him at school',
    'is it safe',
    'Where is it kept? She needs to find her shoes on her own',
  ])('leave alone: %j is not a question about the answers', (text) => {
    expect(readDataQuestion(text)).toBeNull();
  });
});
