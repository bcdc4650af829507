/** "My questions": saved terms with the reader's notes, in storage.local. */
export {
  MAX_NOTES_PER_TERM,
  MAX_NOTE_LENGTH,
  MAX_TERMS,
  emptyList,
  type QuestionList,
  type QuestionNote,
  type SavedTerm,
} from './schema';
export { QUESTIONS_VERSION, decodeQuestions } from './migrate';
export { QuestionsError, applyOp, parseQuestionOp, type QuestionOp, type SaveRequest } from './ops';
export {
  QUESTIONS_BACKUP_KEY,
  QUESTIONS_KEY,
  getSavedTerm,
  listSavedTermIds,
  loadQuestions,
  updateQuestions,
  watchQuestions,
  type LoadedQuestions,
} from './store';
