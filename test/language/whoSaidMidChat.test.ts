import { describe, expect, it } from 'vitest';
import { whoSaidMidChat } from '../../src/language/whoSaidMidChat';

describe('who is chatting, said on its own mid-chat', () => {
  it.each([
    ["I'm his support worker", 'supporter', 'he'],
    ["i'm her carer", 'parent_or_carer', 'she'],
    ['this is his mum typing', 'parent_or_carer', 'he'],
    ['im her TA', 'supporter', 'she'],
    ["Hi, I'm Leo's foster carer.", 'parent_or_carer', null],
  ] as const)('%j is a %s', (typed, who, pronoun) => expect(whoSaidMidChat(typed, 'Leo')).toEqual({ who, pronoun }));

  it.each(["I'm a young carer", 'my mum is my carer', 'im his mum and he loves trains', 'my support worker helps me', 'i want to be a teacher'])('%j is an answer, not who is chatting', (typed) =>
    expect(whoSaidMidChat(typed, 'Leo')).toBeUndefined(),
  );
});
