import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';

/* A parent's frustration with the questions, the whole message, is never "Are you OK?"; hopelessness and harm beside it are heard. */
const parent = (text: string) => safeguardingInChat(text, { parent: true });
const young = (text: string) => safeguardingInChat(text, { parent: false });

describe("a parent's 'whats the point'", () => {
  it.each(['whats the point of all these questions', 'honestly whats the point, nobody listens to us', 'honestly whats the point nobody listens to us', "What's the point of this? Nobody ever listens to us anyway."])(
    '%j: nothing to ask after',
    (typed) => {
      expect(parent(typed).action).toBe('none');
    },
  );

  it.each([
    'some days i feel whats the point of going on',
    'whats the point of all these questions, i want to die',
    'honestly whats the point nobody listens to us and he hits me',
    'whats the point of it all',
    'whats the point of any of it',
  ])('%j: still heard', (typed) => {
    expect(parent(typed).action).not.toBe('none');
  });

  it.each(['whats the point of me', 'honestly whats the point nobody listens to us'])('%j from a young person: still heard', (typed) => {
    expect(young(typed).action).not.toBe('none');
  });

  it.each(['whats the point of any of this anymore', 'honestly whats the point of doing this anymore', 'whats the point of this anymore', 'whats the point of answering anymore'])(
    '%j: hopelessness, still asked after',
    (typed) => {
      expect(parent(typed).action).not.toBe('none');
      expect(young(typed).action).not.toBe('none');
    },
  );
});
