/** Cards whose button has been answered, remembered per conversation (their message ids). */
export interface AnsweredCardsData {
  answeredCards?: string[];
}

const ANSWERED_CARDS_KEPT = 20;

/** A second press of a card's button changes nothing: the first answer stands. */
export const AnsweredCards = {
  includes(data: AnsweredCardsData, cardId: string | undefined): boolean {
    return Boolean(cardId && data.answeredCards?.includes(cardId));
  },

  /** Remembers the card, keeping only the most recent few. */
  add(data: AnsweredCardsData, cardId: string | undefined): void {
    if (cardId) data.answeredCards = [...(data.answeredCards ?? []), cardId].slice(-ANSWERED_CARDS_KEPT);
  },
};
