import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import '../../components/ui.css';

render(<PopupApp />, document.getElementById('app')!);
