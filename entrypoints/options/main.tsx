import { render } from 'preact';
import { OptionsApp } from '../../components/options/options-app';
import '../../components/term-card/theme.css';
import '../../components/sr-only.css';
import '../../components/ui.css';

render(<OptionsApp />, document.getElementById('app')!);
