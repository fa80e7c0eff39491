import { describe, expect, it, vi } from 'vitest';
import { detectConcern, safeguardingInChat } from '../../src/language';
import { loadConcernModel } from '../../src/language/model';

/*
 * What a person typing meets: the full answer, "Are you OK?" first, or nothing. A rule-backed
 * disclosure is answered at once; ordinary replies, plan talk and a parent's account of the child's
 * own ways interrupt nothing.
 */

const inChat = (text: string, parent = false) => safeguardingInChat(text, { parent }).action;

describe('what the chat does with a message', () => {
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

  it.each([
    'my uncle makes me play a game where i have to take my clothes off and i dont like it',
    'haha my mum forgets to feed us most days so i eat at my mates',
    'hopes? lol i just want to get to the end of the year, ive been giving my dinner to the bin so i get thin and go',
  ])('a disclosure beside a joke, a game or a hope (%j) is still asked about', (text) => {
    expect(inChat(text)).not.toBe('none');
  });

  it.each(['this homework is killing me lol', 'i could kill my brother lol he ate my chips', 'we played a game where you pretend to be dead it was so funny lol', 'i want to be a nurse for people who hurt themselves'])(
    'a joke, a game or a hope about harm (%j) interrupts nothing',
    (text) => {
      expect(inChat(text)).toBe('none');
    },
  );

  it('a disclosure said as a hope or as talk about the plan is still asked about; the plan talk alone is not', () => {
    expect(inChat('can you put in my plan that i wont need a college place. i have sorted it')).toBe('check');
    expect(inChat('what would help is if my carer gave me my tablets, she forgets them for days')).toBe('check');
    expect(inChat('who see this plan? I must send it to SENCO myself?')).toBe('none');
    expect(inChat('this is not a hope, please delete it')).toBe('none');
  });

  it('an answer to "what will you be able to do?" reads as "I will ...": a goal about cooking is no worry, a disclosure there still is', () => {
    expect(safeguardingInChat('cook my own tea every day in the flat', { parent: false, goal: true }).action).toBe('none');
    expect(safeguardingInChat('my dad hits me when he is drunk', { parent: false, goal: true }).action).toBe('answer');
    expect(safeguardingInChat('cook my own tea because nobody feeds me', { parent: false, goal: true }).action).not.toBe('none');
  });

  it('a rule-backed disclosure gets the full answer at once', () => {
    expect(safeguardingInChat('my dad hits me when he is drunk', { parent: false })).toMatchObject({ action: 'answer', category: 'harm_from_others' });
  });

  it('ways of communicating named as the means ("with a word or a sign or a picture") are no worry; pictures sent to someone still are', () => {
    expect(inChat('If he could ask for things with a word or a sign or a picture, like drink or more or help, without me having to guess', true)).toBe('none');
    expect(inChat('he sends me pictures and words i dont like')).not.toBe('none');
  });

  it('reads a worrying message once: the classifier weighs it one time, not again for how sure it is', () => {
    const model = loadConcernModel();
    expect(model).not.toBeNull();
    const weigh = vi.spyOn(model!, 'distribution');
    try {
      expect(inChat('lol i just want to get to the end of the year, ive been giving my dinner to the bin so i get thin and go')).toBe('check');
      expect(weigh).toHaveBeenCalledTimes(1);
    } finally {
      weigh.mockRestore();
    }
  });

  it('"lol" at the end does not hide a grooming disclosure; a nurse looking after people who hurt themselves is ordinary', () => {
    expect(safeguardingInChat('this older guy online sends me money for pics lol', { parent: false })).toMatchObject({ action: 'answer', category: 'exploitation' });
    expect(safeguardingInChat('this older guy online sends me money for pics', { parent: false })).toMatchObject({ action: 'answer', category: 'exploitation' });
    expect(inChat('My mum is a nurse. She looks after people who tried to hurt themselves.')).toBe('none');
    expect(detectConcern('My mum is a nurse. She looks after people who tried to hurt themselves.').concern).toBe(false);
  });

  it('an adult pulling an ear until it bleeds is harm from others, not self-harm', () => {
    expect(safeguardingInChat('the leader pulls my ear until it bleeds', { parent: false })).toMatchObject({ action: 'answer', category: 'harm_from_others' });
    expect(safeguardingInChat('i scratch my arm until it bleeds', { parent: false })).toMatchObject({ action: 'answer', category: 'self_harm_or_suicide' });
  });
});

describe("a parent telling of the child's own self-injury, when a self-harm rule reads it", () => {
  it.each([
    'He is very tired after school, when he come home he have a big meltdown, screaming, throwing things, sometimes he hit himself',
    'when he come home he have a big meltdown, screaming, throwing things, sometimes he hit himself',
  ])('%j: the answer for a worried parent, whatever the classifier makes of it', (typed) => {
    expect(safeguardingInChat(typed, { parent: true })).toEqual({ action: 'answer', category: 'self_harm_or_suicide' });
  });

  it.each([
    // No self-harm rule: a need for the plan, never "Are you OK?".
    'When he cant tell he get angry and hit his head',
    'he bangs his head when he is upset',
    'she bites her hand when its too loud',
    // Meltdowns with nobody hurt.
    'when he come home he have a big meltdown, screaming, throwing things',
    'he has meltdowns after school and throws his shoes',
    'she screams and kicks the door when she is overwhelmed',
  ])('leave alone: %j', (typed) => {
    expect(safeguardingInChat(typed, { parent: true }).action).toBe('none');
  });
});

describe('a carer telling of someone calling the child names, or of the child calling names', () => {
  it.each([
    ['he says im useless all the time and i cant leave the house', 'harm_from_others'],
    ['he says im stupid all the time', 'bullying'],
    ['he keeps saying im thick', 'bullying'],
    ['he says im thick and i cant leave', 'bullying'],
    ['they say hes thick every day and he comes home crying', 'bullying'],
    ['they say hes thick', 'bullying'],
  ])('%j is answered in full', (typed, category) => {
    expect(safeguardingInChat(typed, { parent: true })).toMatchObject({ action: 'answer', category });
  });

  it.each(['he tells me im stupid and a failure every day', 'he tells everyone hes stupid because his dad says so'])('%j keeps its worry', (typed) => {
    expect(safeguardingInChat(typed, { parent: true })).toMatchObject({ concern: { concern: true, category: 'harm_from_others' } });
  });

  it.each(['he says hes stupid alot which breaks my heart', 'she calls herself thick all the time', 'he thinks hes rubbish at everything', 'my child says shes useless'])(
    'the child about himself, %j, is a need, not harm',
    (typed) => {
      expect(safeguardingInChat(typed, { parent: true }).action).toBe('none');
    },
  );
});
