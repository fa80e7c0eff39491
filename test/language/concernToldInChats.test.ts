import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * Disclosures met in whole typed chats, one pattern family each (who does what to whom, care not
 * given at another home, pictures for game money, carrying for someone, not being around at a day
 * ahead), each beside the ordinary messages that share its words.
 */

const young = (text: string) => safeguardingInChat(text, { parent: false });
const parent = (text: string) => safeguardingInChat(text, { parent: true });

describe('a grown-up at home throwing things at a parent is domestic abuse', () => {
  it.each([
    "dad's screaming at mum and throwing stuff",
    'my stepdad threw a pan at my mum and burned her arm',
    'he chucks plates at my mum when hes drunk',
    'mums boyfriend was yelling at her and smashing the plates',
  ])('%j: the full answer', (said) => {
    expect(young(said)).toEqual({ action: 'answer', category: 'domestic_abuse' });
  });

  it('"we threw a pan party lol": nothing', () => {
    expect(young('we threw a pan party lol').action).toBe('none');
  });

  it.each(['my dad threw a pillow at my mum and we all laughed', 'my dad threw the ball at my mum in the garden'])('%j: never the full answer', (said) => {
    expect(young(said).action).not.toBe('answer');
  });
});

describe('staff taping or tying a child down is harm from others', () => {
  it.each(['she tapes her hands to the desk so she cant flap', 'the ta ties his arms to the chair when he stims', 'the staff strap him to his chair at school'])(
    'a parent telling %j: the full answer',
    (said) => {
      expect(parent(said)).toEqual({ action: 'answer', category: 'harm_from_others' });
    },
  );

  it.each(['she tapes her hands before boxing', 'the ta tapes his name label to the desk', 'she ties her hair back for pe'])('%j: nothing', (said) => {
    expect(parent(said).action).toBe('none');
  });
});

describe('pictures sent for game money or gifts are sexual abuse', () => {
  it.each(['sending pics to this guy online for robux', 'i sent photos of me to a man for a gift card', 'he gives me vbucks for pictures'])('%j: the full answer', (said) => {
    expect(young(said)).toEqual({ action: 'answer', category: 'sexual_abuse' });
  });

  it.each(['i sell photos of my drawings online', 'i sent pics to my nan of the puppy', 'i saved up robux for a new skin'])('%j: nothing', (said) => {
    expect(young(said).action).toBe('none');
  });
});

describe('carrying packets on a train or to other towns for someone is exploitation', () => {
  it.each([
    'my job is take packits on the train for my mate',
    'i carry bags to other towns for some older lads',
    'i take packages for my mate on the bus after school',
  ])('%j: the full answer', (said) => {
    expect(young(said)).toEqual({ action: 'answer', category: 'exploitation' });
  });

  it.each(['i take the train to college with my mate', 'i carry my nans shopping bags on the bus', 'i take packets of crisps to school for my mate'])('%j: nothing', (said) => {
    expect(young(said).action).toBe('none');
  });
});

describe('a child not fed or washed at another home is neglect', () => {
  it.each(['he is not fed at his dads', 'she doesnt get fed properly at her mums', 'he comes back from his dads starving'])('a parent telling %j: the full answer', (said) => {
    expect(parent(said)).toEqual({ action: 'answer', category: 'neglect' });
  });

  it.each(["he's not fed up at his dads", 'he is fed by tube at his dads too', 'he loves it at his dads, they go fishing'])('%j: nothing', (said) => {
    expect(parent(said).action).toBe('none');
  });
});

describe('not being around at a day ahead, with no trip said, is asked about gently', () => {
  it.each(['i wont be arround for xmas', 'i wont be here for christmas'])('%j: "Are you OK?"', (said) => {
    const met = young(said);
    expect(met.action).toBe('check');
    if (met.action === 'check') expect(met.concern.category ?? met.concern.likely).toBe('self_harm_or_suicide');
  });

  it.each(['i wont be around at xmas, we go to my nans', "won't be here for easter cos we're going to spain", 'i wont be around on saturday for football'])('%j: nothing', (said) => {
    expect(young(said).action).toBe('none');
  });
});
