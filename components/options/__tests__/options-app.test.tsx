import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, SETTINGS_KEY } from '../../../lib/settings';
import { SAVE_DELAY_MS } from '../hover-delay-field';
import { OptionsApp } from '../options-app';

const stored = async () => (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
const checkbox = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const status = () => screen.getByRole('status').textContent;

async function renderOptions() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'How terms look on a page' });
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the options page', () => {
  it('shows the saved settings', async () => {
    await saveSettings({ highlightStyle: 'background', textSize: 150, theme: 'dark' });
    await renderOptions();
    expect(radio('Soft background').checked).toBe(true);
    expect(radio('Largest').checked).toBe(true);
    expect(radio('Dark').checked).toBe(true);
    expect(checkbox('Highlight only the first mention of each term').checked).toBe(false);
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
  });

  it('labels every control and links each hint to its control', async () => {
    await renderOptions();
    for (const input of document.querySelectorAll('input')) {
      const labelled = input.labels?.length || input.closest('label');
      expect(labelled, `${input.id || input.type} has a label`).toBeTruthy();
      for (const id of (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)) {
        expect(document.getElementById(id), `hint ${id}`).not.toBeNull();
      }
    }
  });

  it('saves a change at once and says "Saved"', async () => {
    await renderOptions();
    fireEvent.click(radio('Only when I point at a term'));
    await waitFor(async () => expect((await loadSettings()).highlightStyle).toBe('hover-only'));
    expect(radio('Only when I point at a term').checked).toBe(true);
    await waitFor(() => expect(status()).toBe('Saved'));

    fireEvent.click(checkbox('Highlight only the first mention of each term'));
    await waitFor(async () => expect((await loadSettings()).firstMentionOnly).toBe(true));

    fireEvent.click(checkbox('Record the page address when I save a term'));
    await waitFor(async () => expect((await loadSettings()).recordPageAddress).toBe(false));

    fireEvent.click(radio('Large'));
    await waitFor(async () => expect((await loadSettings()).textSize).toBe(125));

    fireEvent.click(radio('Light'));
    await waitFor(async () => expect((await loadSettings()).theme).toBe('light'));
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
  });

  it('opens explanations in plain words by default, and saves "For students"', async () => {
    await renderOptions();
    const group = screen.getByRole('group', { name: 'Explanations open at' });
    expect(
      (within(group).getByRole('radio', { name: 'Plain words' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: 'For students' }));
    await waitFor(async () => expect((await loadSettings()).firstCardLevel).toBe('student'));
    await waitFor(() => expect(status()).toBe('Saved'));
  });

  it('words suggested questions for me by default, and saves "My child"', async () => {
    await renderOptions();
    const group = screen.getByRole('group', { name: 'Suggested questions are for' });
    expect((within(group).getByRole('radio', { name: 'Me' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(within(group).getByRole('radio', { name: 'My child' }));
    await waitFor(async () => expect((await loadSettings()).questionsFor).toBe('child'));
    fireEvent.click(within(group).getByRole('radio', { name: 'Someone I care for' }));
    await waitFor(async () => expect((await loadSettings()).questionsFor).toBe('other'));
  });

  it('turns one kind of term off without touching the others', async () => {
    await renderOptions();
    fireEvent.click(checkbox('Drugs'));
    await waitFor(async () =>
      expect((await loadSettings()).categories).toEqual({
        ...DEFAULT_SETTINGS.categories,
        drug: false,
      }),
    );
    expect(screen.queryByText(/nothing is highlighted/)).toBeNull();
  });

  it('warns when every kind of term is off', async () => {
    await saveSettings({
      categories: {
        disease: false,
        treatment: false,
        drug: false,
        gene: false,
        'side-effect': false,
        body: false,
      },
    });
    await renderOptions();
    expect(screen.getByText('With every kind turned off, nothing is highlighted.')).toBeTruthy();
  });

  it('saves the hover delay once the slider rests', async () => {
    await renderOptions();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const slider = screen.getByRole('slider', { name: 'Wait before an explanation opens' });
    expect(slider.getAttribute('aria-valuetext')).toBe('0.3 seconds');
    for (const value of ['400', '700', '1200']) fireEvent.input(slider, { target: { value } });
    expect(slider.getAttribute('aria-valuetext')).toBe('1.2 seconds');
    expect(set).not.toHaveBeenCalled();
    await waitFor(async () => expect((await loadSettings()).hoverDelayMs).toBe(1200), {
      timeout: SAVE_DELAY_MS * 4,
    });
    expect(set).toHaveBeenCalledOnce();
  });

  it('shows changes made elsewhere (the popup, another computer)', async () => {
    await renderOptions();
    await saveSettings({ highlightStyle: 'background', disabledHosts: ['news.example'] });
    await waitFor(() => expect(radio('Soft background').checked).toBe(true));
    expect(screen.getByText('news.example', { selector: '.tl-host' })).toBeTruthy();
  });

  it('has a switch for all sites, with a note when it is off', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('switch', { name: 'Highlight terms on all sites' }));
    await screen.findByText(/Termlight is off on every site/);
    expect((await loadSettings()).enabled).toBe(false);
  });
});

describe('sites where Termlight is off', () => {
  const input = () => screen.getByRole('textbox', { name: 'Add a site' }) as HTMLInputElement;
  const add = (value: string) => {
    fireEvent.input(input(), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  };

  it('adds a site typed as an address, as its host name', async () => {
    await renderOptions();
    expect(screen.getByText('No sites yet: Termlight is on everywhere.')).toBeTruthy();
    add('https://www.Example.com/some/page');
    await screen.findByText('www.example.com', { selector: '.tl-host' });
    await waitFor(() => expect(input().value).toBe(''));
    expect((await loadSettings()).disabledHosts).toEqual(['www.example.com']);
    await waitFor(() => expect(status()).toBe('Termlight is now off on www.example.com.'));
  });

  it('explains what is wrong with an entry and keeps it for correcting', async () => {
    await renderOptions();
    add('not a web site');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      "That doesn't look like a web address. Try something like www.example.com.",
    );
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().getAttribute('aria-describedby')).toBe(alert.id);
    expect(input().value).toBe('not a web site');
    expect(await stored()).toBeUndefined();

    fireEvent.input(input(), { target: { value: 'example.org' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a site already in the list', async () => {
    await saveSettings({ disabledHosts: ['example.com'] });
    await renderOptions();
    add('EXAMPLE.com');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'example.com is already in the list.',
    );
  });

  it('removes a site and moves focus to the next one', async () => {
    await saveSettings({ disabledHosts: ['a.example', 'b.example'] });
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.example' }));
    await waitFor(() =>
      expect(screen.queryByText('a.example', { selector: '.tl-host' })).toBeNull(),
    );
    expect((await loadSettings()).disabledHosts).toEqual(['b.example']);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove b.example' })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove b.example' }));
    await screen.findByText('No sites yet: Termlight is on everywhere.');
    await waitFor(() => expect(document.activeElement).toBe(input()));
  });
});

describe('reset to defaults', () => {
  it('asks in the page first, and Cancel changes nothing', async () => {
    await saveSettings({ highlightStyle: 'background' });
    const confirm = vi.fn();
    vi.stubGlobal('confirm', confirm);
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    const question = screen.getByRole('group', { name: /Are you sure\?/ });
    const cancel = within(question).getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    fireEvent.click(cancel);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Reset to defaults' }),
      ),
    );
    expect((await loadSettings()).highlightStyle).toBe('background');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('puts every setting back', async () => {
    await saveSettings({
      highlightStyle: 'background',
      firstMentionOnly: true,
      disabledHosts: ['example.com'],
      theme: 'dark',
    });
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(radio('Dotted underline').checked).toBe(true));
    expect(await stored()).toBeUndefined();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(checkbox('Highlight only the first mention of each term').checked).toBe(false);
    expect(screen.queryByText('example.com', { selector: '.tl-host' })).toBeNull();
    expect(radio('Same as my computer').checked).toBe(true);
    await waitFor(() => expect(status()).toBe('All settings are back to their defaults.'));
  });
});

describe('when saving fails', () => {
  it('says why and shows the setting as it really is', async () => {
    await renderOptions();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM'));
    fireEvent.click(radio('Soft background'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not save its settings: QUOTA_BYTES_PER_ITEM/);
    await waitFor(() => expect(radio('Dotted underline').checked).toBe(true));
  });
});
