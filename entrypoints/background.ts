import { withSpanish } from '../data/es/card';
import { glossaryRegistry } from '../lib/glossaries/registry';
import { PAGE_PARSERS } from '../lib/messaging/protocol';
import { watchTermCommands } from '../lib/term-commands';
import { answerMessages } from '../lib/messaging/channel';
import { injectCardUi } from '../lib/card-ui/inject';
import { QUESTIONS_HANDLERS, QUESTIONS_PARSERS } from '../lib/questions/answers';

/**
 * Holds the glossary's text (and reads imported glossaries' text) and hands content scripts the
 * card of the term being read; is the one
 * writer of the My questions list, so changes from several tabs queue up instead of racing.
 */
export default defineBackground(() => {
  // Built-in cards carry their Spanish side (data/es/card.ts): the card UI picks the language.
  const glossaries = glossaryRegistry({ withLevels: withSpanish });
  answerMessages(
    { ...PAGE_PARSERS, ...QUESTIONS_PARSERS },
    {
      'termlight:card': ({ id }) => glossaries.card(id),
      'termlight:card-ui': (_request, sender) => injectCardUi(sender),
      ...QUESTIONS_HANDLERS,
    },
  );
  watchTermCommands();
});
