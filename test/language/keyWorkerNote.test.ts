import { describe, expect, it } from 'vitest';
import { keyWorkerNoteSaid } from '../../src/language/keyWorkerNote';

describe('a message left for the key worker', () => {
  it.each([
    ['can you tell my key worker i want to start in september', 'i want to start in september'],
    ['Can u tell my keyworker that i want to start in September.', 'i want to start in September'],
    ['please let my social worker know that i moved house', 'i moved house'],
    ['note for my senco: i like the quiet room at lunch', 'i like the quiet room at lunch'],
    ['i want my key worker to know i get anxious on the bus', 'i get anxious on the bus'],
    ['also tell my support worker about my new job', 'my new job'],
  ])('"%s" leaves "%s"', (text, note) => {
    expect(keyWorkerNoteSaid(text)).toBe(note);
  });

  it.each(['can my key worker see it?', 'will you tell my key worker?', 'tell my key worker about it', 'what is a key worker', 'i want to start in september', 'my key worker is called Karen'])(
    'leaves "%s" alone',
    (text) => {
      expect(keyWorkerNoteSaid(text)).toBeNull();
    },
  );
});
