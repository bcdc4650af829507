import { Component, createRef, type ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import {
  frameFragment,
  frameKey,
  parseFromFrame,
  type FrameShow,
  type FromFrame,
} from '../../lib/card-frame/protocol';
import { benchMark } from '../../lib/bench-marks';
import { takeWarmFrame, warmFrameIn, type WarmFrame } from './warm-frame';

/** The frame's page (entrypoints/card-frame), web-accessible (wxt.config.ts). */
const CARD_FRAME_PATH = '/card-frame.html';

/** The iframe goes in after the card's first paint, or after this long if no frame comes. */
const MOUNT_AT_LATEST_MS = 200;

export interface ReaderFrameProps {
  /** What the frame shows: sent on load and whenever it changes. */
  show: FrameShow;
  onUse(): void;
  onAnnounce(text: string): void;
  onEscape(): void;
  /** The frame changed size: the card places itself again. */
  onResize(): void;
  /** The iframe's name, in the card's language. */
  title: string;
  /**
   * Stands in the frame's place until it has drawn, drawn as the frame draws its first view (an
   * inert copy, with no reader data), so the card keeps its height when the frame comes.
   */
  placeholder?: ComponentChildren;
}

/** The frame's box: `width` null where it takes the card's width (its note box). */
interface FrameSize {
  width: number | null;
  height: number;
}

interface ReaderFrameState {
  size: FrameSize | null;
  /** The iframe is put in after the card's first paint (until then, the placeholder). */
  mounted: boolean;
}

/**
 * What each term's frame last drew, at each text size, in this page: a card opened again takes
 * that room at once (a saved term's notes, say), not the placeholder's.
 */
const lastDrawn = new Map<string, FrameSize>();
const drawnKey = (show: FrameShow) => `${show.scale} ${show.termId}`;

/**
 * The reader's part of the card, as an extension-origin iframe (lib/card-frame/protocol.ts):
 * loaded with a fresh key, greeted with a MessagePort once loaded, sized to what it reports.
 */
export class ReaderFrame extends Component<ReaderFrameProps, ReaderFrameState> {
  override state: ReaderFrameState = {
    size: lastDrawn.get(drawnKey(this.props.show)) ?? null,
    mounted: false,
  };
  private key = frameKey();
  /** A frame loaded ahead (warm-frame.ts), moved into this card instead of a new one. */
  private adopted: WarmFrame | null = null;
  private readonly slot = createRef<HTMLDivElement>();
  private readonly url = browser.runtime.getURL(CARD_FRAME_PATH);
  private port: MessagePort | null = null;
  private frameRequest = 0;
  private mountTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly placeholderBox = createRef<HTMLDivElement>();
  /** The frame's address, with what it shows first: set once, as a new one would reload it. */
  private src = '';

  /**
   * A new iframe costs its document's creation and the start of a navigation in the task that
   * inserts it: done in the task after the frame that paints the card, the card shows first.
   */
  override componentDidMount(): void {
    const mount = () => {
      cancelAnimationFrame(this.frameRequest);
      clearTimeout(this.mountTimer);
      if (this.state.mounted) return;
      // The iframe takes the placeholder's box until it reports its own.
      const box = this.placeholderBox.current?.getBoundingClientRect();
      const size =
        this.state.size ??
        (box?.height ? { width: Math.ceil(box.width), height: box.height } : null);
      const root = this.placeholderBox.current?.getRootNode();
      this.adopted = takeWarmFrame();
      if (this.adopted) this.key = this.adopted.key;
      else this.src = `${this.url}#${frameFragment(this.key, this.props.show)}`;
      this.setState({ mounted: true, size });
      // One loaded ahead for the next card.
      if (root instanceof ShadowRoot) warmFrameIn(root, this.url);
    };
    this.frameRequest = requestAnimationFrame(() => {
      clearTimeout(this.mountTimer);
      this.mountTimer = setTimeout(mount);
    });
    // A tab that paints no frames (hidden) still gets its frame.
    this.mountTimer = setTimeout(mount, MOUNT_AT_LATEST_MS);
  }

  override componentWillUnmount(): void {
    cancelAnimationFrame(this.frameRequest);
    clearTimeout(this.mountTimer);
    this.port?.close();
    this.port = null;
  }

  override componentDidUpdate(previous: ReaderFrameProps): void {
    if (previous.show !== this.props.show) this.port?.postMessage(this.props.show);
    const adopted = this.adopted;
    const slot = this.slot.current;
    if (!adopted || !slot) return;
    const { iframe } = adopted;
    Object.assign(iframe.style, this.frameStyle(), { display: '' });
    iframe.title = this.props.title;
    if (iframe.parentNode === slot) return;
    iframe.removeAttribute('tabindex');
    iframe.removeAttribute('aria-hidden');
    (slot as unknown as { moveBefore(node: Node, child: Node | null): void }).moveBefore(
      iframe,
      null,
    );
    void adopted.loaded.then(() => this.greet(iframe.contentWindow));
  }

  private onLoad = (e: Event) => this.greet((e.currentTarget as HTMLIFrameElement).contentWindow);

  /** The hello: a port to the frame's page, with its key, then what it shows. */
  private greet(frame: Window | null): void {
    if (!frame || this.port || !this.state.mounted) return;
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
  }

  /** The iframe's size and colour scheme. */
  private frameStyle(): { width: string; height: string; colorScheme: string } {
    const { size } = this.state;
    return {
      // The frame's 4 px inner margin (room for focus outlines) sits over the card's padding.
      width: size && size.width !== null ? `${size.width}px` : 'calc(100% + 8px)',
      height: size ? `${size.height}px` : '',
      colorScheme: this.props.show.theme,
    };
  }

  private receive(message: FromFrame): void {
    switch (message.kind) {
      case 'size': {
        const size = { width: message.fill ? null : message.width, height: message.height };
        lastDrawn.set(drawnKey(this.props.show), size);
        benchMark('card:frame-drawn');
        this.setState({ size }, () => this.props.onResize());
        return;
      }
      case 'use':
        return this.props.onUse();
      case 'announce':
        return this.props.onAnnounce(message.text);
      case 'escape':
        return this.props.onEscape();
    }
  }

  override render() {
    const { size, mounted } = this.state;
    if (!mounted) {
      const { width, height } = this.frameStyle();
      return (
        <div
          ref={this.placeholderBox}
          class="tl-reader-frame tl-reader-placeholder"
          aria-hidden="true"
          style={size ? { width, height } : undefined}
        >
          {!size && this.props.placeholder}
        </div>
      );
    }
    // The frame loaded ahead is moved into this box (componentDidUpdate).
    if (this.adopted) return <div ref={this.slot} class="tl-reader-slot" />;
    return (
      <iframe
        class="tl-reader-frame"
        title={this.props.title}
        src={this.src}
        onLoad={this.onLoad}
        style={this.frameStyle()}
      />
    );
  }
}
