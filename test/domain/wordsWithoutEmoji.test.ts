import { describe, expect, it } from 'vitest';
import { addAspiration, createDraft, startOutcome } from '../../src/domain/draft';

describe('plan text never holds emoji', () => {
  it('a hope keeps its words without the emoji', () => {
    expect(addAspiration(createDraft(), 'i want to be a vet 🐶🐱', null).aspiration.text).toBe('i want to be a vet');
  });
  it('an outcome statement keeps its words without the emoji, joiners or flags', () => {
    const { draft, aspiration } = addAspiration(createDraft(), 'to be a dad', null);
    expect(startOutcome(draft, { statement: 'I will cook tea for my 👨‍👩‍👧 family 🇬🇧 by July 🎉.', aspirationId: aspiration.id, needIds: [] }).outcome.statement).toBe('I will cook tea for my family by July.');
  });
});
