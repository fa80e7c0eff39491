import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';

/*
 * What a person typing meets: the full answer, "Are you OK?" first, or nothing. A possible
 * disclosure the classifier alone reads is asked about, even inside talk about the plan or a
 * parent's account of the child, once the classifier is confident; a denial, and a weak reading of
 * a short reply, are left alone.
 */

const inChat = (text: string, parent = false) => safeguardingInChat(text, { parent }).action;

describe('what the chat does with a message', () => {
  it.each([
    'i want to jump off bridge near colege',
    'My plan for next year? I\'ve sort of stopped planning. I keep thinking everyone would manage fine if I just wasn\'t there.',
  ])('%j names the plan and is still asked about', (text) => {
    expect(inChat(text)).not.toBe('none');
  });

  it('a parent who has seen a childminder shake the baby is asked about it, though it is about the child', () => {
    expect(inChat("I've seen the childminder shake the baby really hard when he was crying. My son is 9 months.", true)).not.toBe('none');
  });

  it.each([
    "When he can't tell us what he wants he gets really frustrated and sometimes hits or bites, which breaks my heart",
    'he bites when he is overwhelmed',
  ])('a parent telling of the child\'s own ways (%j) is not asked "Are you OK?"', (text) => {
    expect(inChat(text, true)).toBe('none');
  });

  it.each(['nan sees me go and come back', 'the weighing thing isnt wat helps its another hard thing', 'more grown up. my mum wont have to take time off work', 'im not being bullied, they just ask me questions in front of everyone'])(
    'an ordinary reply (%j) interrupts nothing',
    (text) => {
      expect(inChat(text)).toBe('none');
    },
  );

  it('a rule-backed disclosure gets the full answer at once', () => {
    expect(safeguardingInChat('my dad hits me when he is drunk', { parent: false })).toMatchObject({ action: 'answer', category: 'harm_from_others' });
  });
});
