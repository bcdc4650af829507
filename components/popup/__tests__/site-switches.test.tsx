import { render } from '@testing-library/preact';
import { SiteSwitches } from '../site-switches';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

describe('SiteSwitches', () => {
  it('names the site in a span of its own inside the sentence (it may break anywhere in a narrow popup)', () => {
    const { container } = render(
      <SiteSwitches
        settings={DEFAULT_SETTINGS}
        host="example.com"
        onSetEnabled={() => undefined}
        onSetSiteEnabled={() => undefined}
      />,
    );
    const labels = [...container.querySelectorAll('.tl-switch-label')].map((l) => l.innerHTML);
    expect(labels).toContain('Highlight terms on <span class="tl-host">example.com</span>');
  });
});
