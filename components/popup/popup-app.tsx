import { browser } from 'wxt/browser';

export function PopupApp() {
  return (
    <main class="tl-page tl-popup">
      <h1>Termlight</h1>
      <p>Highlights leukemia treatment terms on the pages you read and explains them.</p>
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
        Options
      </button>
    </main>
  );
}
