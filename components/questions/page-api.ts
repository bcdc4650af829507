import { downloadText } from '../shared/download';
import { changeQuestions, fetchQuestions } from '../../lib/questions/client';
import { watchQuestions } from '../../lib/questions/store';

/** What My questions needs from the background and the browser, replaceable in tests. */
export interface QuestionsPageApi {
  fetchQuestions: typeof fetchQuestions;
  changeQuestions: typeof changeQuestions;
  watch: typeof watchQuestions;
  copy(text: string): Promise<void>;
  download(name: string, type: string, text: string): void;
  print(): void;
}

export const BROWSER_API: QuestionsPageApi = {
  fetchQuestions,
  changeQuestions,
  watch: watchQuestions,
  copy: (text) => navigator.clipboard.writeText(text),
  download: (name, type, text) => downloadText(document, name, text, type),
  print: () => window.print(),
};
