import { describe, expect, it } from 'vitest';
import { detectConcern, safeguardingInChat } from '../../src/language';

/*
 * A disclosure inside a long answer about needs is read in its own sentence, so the plan talk around
 * it does not hide it; the person's own doing and wishes about where to live stay ordinary.
 */
describe('a disclosure inside a long answer', () => {
  it.each([
    "Money is hard for me. I don't understand bills and rent and I get confused with forms. Also I don't always have my bank card because my dad's partner Karen takes it to look after it and I don't get it back for weeks sometimes, so I can't practise paying for things. And I don't know how to find a shared house with support.",
    'reading is hard. my brother beats me up when mum is out. and maths',
  ])('%j is a sure concern', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, sure: true });
  });

  it.each([
    'I would keep my bank card myself all the time, and I would write down my spending in a notebook every week and have money left at the end of the week. My support worker would check the notebook once a month.',
    "I'm worried about money when I move into supported living. I want help learning to budget. Nobody is taking my money.",
    "I don't want to live with my parents forever. I want my own place but I need help to learn cooking.",
    'my brother kicked me under the table at dinner. i kicked him back. classic',
  ])('%j is no concern', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).toBe('none');
  });

  it.each(['i dont want to live anymore', 'i dont want to live like this', 'my carer keeps my bank card and never gives it back'])('%j is still a sure concern', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, sure: true });
  });
});
