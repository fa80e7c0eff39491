import { describe, expect, it, vi } from 'vitest';
import { readBotChat } from '../../src/language/botChat';
import { backWithReason } from '../../src/language/commandExplained';
import { recogniseCommand } from '../../src/language/commands';
import { normaliseReply } from '../../src/language/polarity';
import { tidyTextSpeak } from '../../src/language/textSpeak';

/*
 * One message is read by several readers in a turn (the command check, a moment away, the open
 * question, the talk about the chat, the read-back), and some readers ask the same question of it
 * twice. The second asking gets the first reading: the costly work underneath is not done again,
 * and the reading is the same as before.
 */

const counted = vi.hoisted(() => ({ edits: 0, speech: 0, normalised: 0 }));

// The readers below are imported above; vi.mock is hoisted before the imports, so they call these counting copies.

vi.mock('../../src/language/fuzzy', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/language/fuzzy')>();
  return { ...actual, editDistance: (a: string, b: string) => ((counted.edits += 1), actual.editDistance(a, b)) };
});
vi.mock('../../src/language/unmarkedSpeech', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/language/unmarkedSpeech')>();
  return { ...actual, unmarkedSpeech: (text: string) => ((counted.speech += 1), actual.unmarkedSpeech(text)) };
});
vi.mock('../../src/language/text', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/language/text')>();
  return { ...actual, normaliseMessage: (text: string) => ((counted.normalised += 1), actual.normaliseMessage(text)) };
});


/** What `read` costs the second time, by the counter given. */
function secondReading<T>(read: () => T, counter: () => number): { first: T; again: T; work: number; workAgain: number } {
  const before = counter();
  const first = read();
  const between = counter();
  const again = read();
  return { first, again, work: between - before, workAgain: counter() - between };
}

describe('a message asked about twice in a turn', () => {
  it('is matched against the commands once, typos and all', () => {
    const typo = secondReading(() => recogniseCommand('strat agian'), () => counted.edits);
    expect(typo.first).toBe('startAgain');
    expect(typo.again).toBe('startAgain');
    expect(typo.work).toBeGreaterThan(0);
    expect(typo.workAgain).toBe(0);
    // An answer that only looks like a command stays an answer, the second time too.
    expect(recogniseCommand('i want to stop being scared of buses')).toBeNull();
    expect(recogniseCommand('i want to stop being scared of buses')).toBeNull();
  });

  it('is read for "back" with a reason once', () => {
    const back = secondReading(() => backWithReason('back. i pressed the wrong one'), () => counted.normalised);
    expect([back.first, back.again]).toEqual([true, true]);
    expect(back.workAgain).toBe(0);
    expect(backWithReason('back pain when i walk far')).toBe(false);
  });

  it('is read as short talk to the bot once, and apart where a feeling was asked', () => {
    const chat = secondReading(() => readBotChat('do u like footbal'), () => counted.normalised);
    expect([chat.first, chat.again]).toEqual(['aboutTheBot', 'aboutTheBot']);
    expect(chat.work).toBeGreaterThan(0);
    expect(chat.workAgain).toBe(0);
    expect(readBotChat('good')).toBe('bare');
    expect(readBotChat('good', { feelingAsked: true })).toBeNull();
    expect(readBotChat('good')).toBe('bare');
  });

  it('is tidied for a read-back once', () => {
    const tidied = secondReading(() => tidyTextSpeak('i wna b a chef n cook 4 ppl'), () => counted.speech);
    expect(tidied.again).toBe(tidied.first);
    expect(tidied.work).toBeGreaterThan(0);
    expect(tidied.workAgain).toBe(0);
  });

  it('is made plain as a reply once, sounds and all', () => {
    const reply = secondReading(() => normaliseReply('luks gud 👍'), () => counted.normalised);
    expect(reply.again).toBe(reply.first);
    expect(reply.first).toContain('good');
    expect(reply.work).toBeGreaterThan(0);
    expect(reply.workAgain).toBe(0);
  });
});
