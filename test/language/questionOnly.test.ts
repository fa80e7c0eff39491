import { describe, expect, it } from 'vitest';
import { readQuestionOnly } from '../../src/language/questionOnly';

/* A question with nothing else in it is answered, never kept; asking leave to say something, with the thing said, is an answer. */

describe('asking leave to say something', () => {
  it.each(['can i say here that he is afraid from big dogs?', 'could i put that she hates loud rooms?', 'can we say he gets tired after lunch?'])('"%s" holds an answer: not only a question', (typed) => {
    expect(readQuestionOnly(typed)).toBeNull();
  });

  it.each(['can i say something?', 'can i say that?', 'could i put it here?', 'can i add another hope for maisie?', 'Provide for whom?'])('"%s" only asks', (typed) => {
    expect(readQuestionOnly(typed)).toEqual({ kind: 'other' });
  });
});

describe('not understanding, said sorry first', () => {
  it.each([
    'I am sorry, I am not sure what you mean by this. Do you mean what I hope for Jayden when he is older?',
    'sorry i dont get it. like when hes older?',
    'soz i dont get what u mean. as in the future?',
  ])('"%s" asks whether later in life is meant: either is fine', (typed) => {
    expect(readQuestionOnly(typed)).toEqual({ kind: 'either' });
  });

  it.each(['i dont know', 'I dont know. Is that ok?', 'like having a job when hes older?', 'can i say he wants a job when he is older?'])('"%s" is not only a question', (typed) => {
    expect(readQuestionOnly(typed)).toBeNull();
  });
});
