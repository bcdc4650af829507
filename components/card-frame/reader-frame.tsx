import { Component } from 'preact';
import { browser } from 'wxt/browser';
import {
  frameKey,
  parseFromFrame,
  type FrameShow,
  type FromFrame,
} from '../../lib/card-frame/protocol';
import { t } from '../../lib/i18n';

/** The frame's page (entrypoints/card-frame), web-accessible (wxt.config.ts). */
const CARD_FRAME_PATH = '/card-frame.html';

export interface ReaderFrameProps {
  /** What the frame shows: sent on load and whenever it changes. */
  show: FrameShow;
  onUse(): void;
  onAnnounce(text: string): void;
  onEscape(): void;
  /** The frame changed size: the card places itself again. */
  onResize(): void;
}

interface ReaderFrameState {
  width: number | null;
  height: number | null;
}

/**
 * The reader's part of the card, as an extension-origin iframe (lib/card-frame/protocol.ts):
 * loaded with a fresh key, greeted with a MessagePort once loaded, sized to what it reports.
 */
export class ReaderFrame extends Component<ReaderFrameProps, ReaderFrameState> {
  override state: ReaderFrameState = { width: null, height: null };
  private readonly key = frameKey();
  private readonly url = browser.runtime.getURL(CARD_FRAME_PATH);
  private port: MessagePort | null = null;

  override componentWillUnmount(): void {
    this.port?.close();
    this.port = null;
  }

  override componentDidUpdate(previous: ReaderFrameProps): void {
    if (previous.show !== this.props.show) this.port?.postMessage(this.props.show);
  }

  private onLoad = (e: Event) => {
    const frame = (e.currentTarget as HTMLIFrameElement).contentWindow;
    if (!frame || this.port) return;
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (m) => {
      const message = parseFromFrame(m.data);
      if (message) this.receive(message);
    };
    // Only to our own origin: if the frame were navigated away, the key goes nowhere. Chrome
    // serves the dynamic address from the extension's own origin, which getURL('/') gives;
    // URL's origin is "null" for extension addresses, hence by hand.
    const { protocol, host } = new URL(browser.runtime.getURL('/'));
    frame.postMessage({ termlightFrame: this.key }, `${protocol}//${host}`, [channel.port2]);
    this.port.postMessage(this.props.show);
  };

  private receive(message: FromFrame): void {
    switch (message.kind) {
      case 'size':
        this.setState({ width: message.fill ? null : message.width, height: message.height }, () =>
          this.props.onResize(),
        );
        return;
      case 'use':
        return this.props.onUse();
      case 'announce':
        return this.props.onAnnounce(message.text);
      case 'escape':
        return this.props.onEscape();
    }
  }

  override render() {
    const { width, height } = this.state;
    return (
      <iframe
        class="tl-reader-frame"
        title={t('save_label')}
        src={`${this.url}#${this.key}`}
        onLoad={this.onLoad}
        style={{
          // The frame's 4 px inner margin (room for focus outlines) sits over the card's padding.
          width: width === null ? 'calc(100% + 8px)' : `${width}px`,
          height: height === null ? undefined : `${height}px`,
          colorScheme: this.props.show.theme,
        }}
      />
    );
  }
}
