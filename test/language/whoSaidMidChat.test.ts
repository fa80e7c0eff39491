import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { whoSaidFirst, whoSaidMidChat } from '../../src/language/whoSaidMidChat';

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

describe('who is chatting put right, with an answer after it', () => {
  it('"no im his mum not alfie. hes at nursery" is his mum, and the answer is kept apart', () =>
    expect(whoSaidFirst('no im his mum not alfie. hes at nursery', 'Alfie')).toEqual({ who: { who: 'parent_or_carer', pronoun: 'he' }, rest: 'hes at nursery' }));

  it.each(['i like my mum. hes nice', 'im his mum and he loves trains. hes 4'])('%j is an answer', (typed) => expect(whoSaidFirst(typed, 'Alfie')).toBeUndefined());

  it('who put right is no disclosure, but harm said after it still is', () => {
    expect(safeguardingInChat('no im his mum not alfie. hes 4', { parent: false, whoMayBePutRight: true }).action).toBe('none');
    expect(safeguardingInChat('im his mum. his dad hits him', { parent: false, whoMayBePutRight: true }).action).toBe('answer');
    expect(safeguardingInChat('im his mum. his dad hits him', { parent: false }).action).toBe('answer');
  });
});
