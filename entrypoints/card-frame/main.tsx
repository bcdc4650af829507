import { render } from 'preact';
import { t } from '../../lib/i18n';
import { localizeDocument } from '../../lib/i18n/document';
import { FrameApp } from '../../components/card-frame/frame-app';
import { connectToCard } from '../../components/card-frame/frame-channel';
import '../../components/term-card/theme.css';
import '../../components/shared/sr-only.css';
import '../../components/questions/save-control.css';
import '../../components/card-frame/frame.css';

/**
 * The reader's part of a card: an extension page the card puts in its closed shadow root, so the
 * reader's notes, saved state and keystrokes stay out of the page (lib/card-frame/protocol.ts).
 */
localizeDocument(document, t('save_label'));
const channel = connectToCard(window);
render(<FrameApp channel={channel} doc={document} />, document.getElementById('app')!);
