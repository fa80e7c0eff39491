import { describe, expect, it } from 'vitest';
import { forgetAllReadings, readingsHold, readOnce } from '../../src/language/recentReadings';
import { readPlanProcessQuestion } from '../../src/language/planProcessAsked';
import { readHardPutRight } from '../../src/language/hardNamedAtHelps';
import { questionBeforeAnswer } from '../../src/language/questionBeforeMeasure';
import { readDataQuestion } from '../../src/language/dataQuestion';
import { detectConcern, detectConcernWithReading } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { readSafeButHard } from '../../src/language/safeButHard';
import { useConcernModel } from '../../src/language/model';

describe('a reader that reads each message once a turn', () => {
  it('reads the words once however many ask, and tells apart what it is told beside them', () => {
    let reads = 0;
    const read = readOnce((text: string, mode?: string) => ((reads += 1), { words: text.split(' '), mode }));
    const first = read('i want to walk to school');
    expect(read('i want to walk to school')).toBe(first);
    expect(reads).toBe(1);
    expect(read('i want to walk to school', 'easy').mode).toBe('easy');
    expect(read('i want to walk to school', 'undefined').mode).toBe('undefined');
    expect(read('i want to walk to school', undefined)).toBe(first);
    expect(reads).toBe(3);
  });

  it('shares a frozen reading, and keeps no one’s words after "delete my data"', () => {
    const read = readOnce((text: string) => ({ words: text.split(' ') }));
    expect(Object.isFrozen(read('my secret words').words)).toBe(true);
    expect(readingsHold('my secret words')).toBe(true);
    forgetAllReadings();
    expect(readingsHold('my secret words')).toBe(false);
  });

  it('is how the questions about the plan, a hard thing put right, a question before the measure and a data question are read', () => {
    const typed = [
      [readPlanProcessQuestion, "What is a transition? Does Tia's plan need to say anything about changing school?"],
      [readHardPutRight, 'actually wait its not really maths its more i dont know how u start a buisness'],
      [questionBeforeAnswer, 'Known what, which one? For the science, Miss Patel could tell me Tia did the experiment with her own hands'],
      [readDataQuestion, 'can bev see it but not dad'],
    ] as const;
    for (const [reader, text] of typed) {
      const first = (reader as (text: string) => unknown)(text);
      expect(first, text).not.toBeNull();
      expect((reader as (text: string) => unknown)(text), text).toBe(first);
    }
  });
});

describe('the concern reading, read once a turn', () => {
  it('is shared by the safety question\'s own reader and the turn\'s concern check, and by the chat\'s check too', () => {
    const typed = 'yes mostly but the taxi is late every day';
    readSafeButHard(typed, false);
    const first = detectConcernWithReading(typed).reading;
    safeguardingInChat(typed, { parent: false });
    detectConcern(typed);
    expect(detectConcernWithReading(typed).reading).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('is never kept across a change of model: a model swapped in reads every message afresh', () => {
    const typed = 'my dad kicked me again last night';
    const first = detectConcernWithReading(typed).reading;
    useConcernModel(null);
    expect(readingsHold(typed)).toBe(false);
    const again = detectConcernWithReading(typed);
    expect(again.reading).not.toBe(first);
    expect(again.concern.concern).toBe(true);
  });
});
