import { browser } from 'wxt/browser';
import { cardData } from '../data/card';
import { parseCardRequest } from '../lib/messages';
import { answerQuestionsRequest, parseQuestionsRequest } from '../lib/questions/messages';

/**
 * Holds the glossary's text and hands content scripts the card of the term being read; is the one
 * writer of the My questions list, so changes from several tabs queue up instead of racing.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseCardRequest(message);
    if (request) return Promise.resolve(cardData(request.id));
    const questions = parseQuestionsRequest(message);
    if (questions) return answerQuestionsRequest(questions);
    return undefined;
  });
});
