import { describe, expect, it } from 'vitest';
import { followUpQuestion, readChatTalk } from '../../src/language';

describe("people's own questions about the plan", () => {
  it.each([
    ['what does SMART mean?', 'smart'],
    ['Debbie said outcomes have to be SMART, is this one SMART?', 'smart'],
    ['should i ask for trying new foods in his plan or not', 'planAsk'],
    ['oh also should i be asking about trying new foods?', 'planAsk'],
    ['can a laptop go in her plan?', 'planAsk'],
    ['can people with dyslexia get the driving theory test read out loud?', 'otherQuestion'],
    ['do you know if they have to do extra visits for kids with ehcps?', 'otherQuestion'],
    ['is that true?', 'otherQuestion'],
    ['does bedwetting go in an EHC plan?', 'planBelongs'],
    ['is toileting something that goes in the plan', 'planBelongs'],
    ['what goes in an ehcp?', 'planBelongs'],
  ])('%j is asked, never an answer (%s)', (typed, topic) => {
    const talk = readChatTalk(typed);
    expect(talk?.topics).toContain(topic);
    expect(talk?.answer).toBe('');
  });

  it.each(['can you get rid of the last one?', 'he is really smart at maths', 'i want to be smart and get a job', 'bedwetting goes in the plan', 'can you put bedwetting in the plan'])('%j is not such a question', (typed) => {
    const topics = readChatTalk(typed)?.topics ?? [];
    expect(topics).not.toContain('planBelongs');
    expect(topics).not.toContain('otherQuestion');
    expect(topics).not.toContain('smart');
  });

  it('asking for something in the plan, or asking the bot, names nobody to tell about a worry', () => {
    expect(followUpQuestion('should i ask for trying new foods in his plan or not')).toBeNull();
    expect(followUpQuestion('can i ask do you know if they have to do extra visits for kids with ehcps?')).toBeNull();
    expect(followUpQuestion('should i tell mr patel?')).toBe('tellNamed');
    expect(followUpQuestion('can i talk to my nan about it?')).toBe('tellNamed');
    expect(followUpQuestion('should i ask my teacher?')).toBe('tellNamed');
  });
});
