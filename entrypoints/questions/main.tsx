import { render } from 'preact';
import { QuestionsApp } from '../../components/questions/questions-app';
import '../../components/term-card/theme.css';
import '../../components/sr-only.css';
import '../../components/ui.css';
import '../../components/questions/questions.css';

render(<QuestionsApp />, document.getElementById('app')!);
