import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/*
 * "touched him in a way that was not ok": a carer or a young person saying the touching was wrong
 * without naming a body part is sexual abuse for sure, so the chat gives the full answer, not
 * only "Are you OK?".
 */
describe('touching said to be wrong', () => {
  it.each([
    'his older cousin touched him in a way that was not ok',
    'my uncle touched me in a way that wasnt right',
    'he touched her inappropriately at the party',
    'a man at the swimming pool touched him in a weird way',
  ])('"%s" is sexual abuse, and sure', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'sexual_abuse', sure: true });
  });

  it.each([
    'she touched my heart with her speech',
    'the teacher touched my shoulder to get my attention',
    'he likes to touch the soft toys in a way that calms him',
  ])('leave alone: "%s" is ordinary', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });
});
