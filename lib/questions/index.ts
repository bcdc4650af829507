/** "My questions": saved terms with the reader's notes, in storage.local. */
export { listSavedTermIds, updateQuestions, watchQuestions } from './store';
