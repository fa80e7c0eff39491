import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * Tablets kept back to take all at once, hidden or counted are a sign of suicide; tablets collected
 * from the chemist, or kept in one's own room, are care and independence.
 */
describe('tablets kept or collected', () => {
  it.each([
    ["I've been saving my tablets up", false],
    ['i keep my tablets hidden so no one knows', false],
    ['she keeps her tablets hidden in her room', true],
    ['ive been collecting up my tablets', false],
    ['been collecting my mums sleeping tablets', false],
  ] as const)('%j gets the full answer', (typed, parent) => {
    expect(safeguardingInChat(typed, { parent }).action).toBe('answer');
  });

  it.each([
    ['collecting my meds from the chemist on my own now', false],
    ['she is keeping her tablets in her room', true],
    ['i collect my tablets on my own now', false],
    ['he keeps his tablets in his bedroom now', true],
  ] as const)('%j is not asked about', (typed, parent) => {
    expect(safeguardingInChat(typed, { parent }).action).toBe('none');
  });

  // Medicine kept safe by a parent, or kept by a young person for the day's doses, is care, never a sign of suicide.
  it.each([
    ['we keep his tablets locked up so he cant find them', true],
    ['we keep her meds in a high cupboard so she doesnt see them', true],
    ['mum keeps my tablets hidden so my little brother cant get them', false],
    ['i keep my tablets by my bed and take them together with breakfast', false],
    ['i keep all my meds in my bag for when i need them', false],
  ] as const)('%j never gets the full answer', (typed, parent) => {
    expect(safeguardingInChat(typed, { parent }).action).not.toBe('answer');
  });
});

/*
 * Looking after one's own medicine as a step gained ("now i am 16", "by myself") is independence, never a
 * reason to ask "Are you OK?"; the same words with tablets hidden, counted or put by for a bad time still are.
 */
describe("one's own medicine, looked after as a step gained", () => {
  it.each([
    'i keep my tablets in my room now i am 16',
    'im collecting my prescription from boots by myself',
    'i pick up my prescription from the chemist myself',
    'i keep my meds in my room now, i am 17',
    'she keeps her inhaler in her school bag now',
  ])('%j is not asked about', (typed) => {
    expect(safeguardingInChat(typed, { parent: false }).action).toBe('none');
  });

  it.each([
    ['i keep tablets under my bed for when it gets too much', 'answer'],
    ['i keep my tablets in my room now so i can take them all at once', 'answer'],
    ['i keep my tablets in my room now and count them every night', 'check'],
    ['i keep all my tablets in my room now', 'check'],
    ['i collect my prescription from boots now and hide it', 'check'],
    ['i keep my tablets in my room now because im scared my brother takes them', 'check'],
  ] as const)('%j is still answered or asked about', (typed, action) => {
    expect(safeguardingInChat(typed, { parent: false }).action).toBe(action);
  });
});

/*
 * "i keep my tablets in my room", said and nothing more, is looking after one's own medicine: no
 * "Are you OK?". Hidden, put by for a bad time, someone else's, or all of them kept: still asked about.
 */
describe("one's own medicine kept in one's own room, said on its own", () => {
  it.each(['i keep my tablets in my room', 'I keep my tablets in my room.', 'he keeps his meds in his bag', 'yeah i keep my tablets in my room'])(
    '%j is not asked about',
    (typed) => expect(safeguardingInChat(typed, { parent: false }).action).toBe('none'),
  );

  it.each([
    ['i keep my tablets hidden in my room for when it gets too much', 'answer'],
    ['i keep my tablets in my room so nobody finds them', 'answer'],
    ['i keep my tablets in my room and i want to die', 'answer'],
    ['i keep all my tablets in my room', 'check'],
    ['i keep loads of my tablets in my room', 'check'],
    ['i keep my mums tablets in my room', 'check'],
  ] as const)('%j is still answered or asked about', (typed, action) => {
    expect(safeguardingInChat(typed, { parent: false }).action).toBe(action);
  });

  // Said on its own, a word before the medicine ("sleeping", "pain") tells more than looking after it.
  it.each(['i keep my sleeping tablets in my room', 'i keep my pain pills in my bag'])('%j is still asked about', (typed) => {
    expect(safeguardingInChat(typed, { parent: false }).action).not.toBe('none');
  });
  it.each(['i keep my inhaler in my bag', 'i keep my own meds in my room', 'she keeps her insulin in her bag', 'i keep my medication in my drawer', 'he keeps his tablets in his bedroom'])(
    '%j is still not asked about',
    (typed) => expect(safeguardingInChat(typed, { parent: false }).action).toBe('none'),
  );
});
