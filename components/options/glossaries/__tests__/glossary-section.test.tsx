import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { GlossarySection } from '../glossary-section';

const HEADER = 'name,forms,category,summary,explanation,source_title,source_url,source_date';
const row = (name: string, forms: string, summary: string) =>
  `${name},${forms},drug,${summary},${summary} It is given in courses.,Course notes,https://example.edu/notes,2026-01-01`;

/** A CSV as Excel on Windows saves it: Windows-1252 bytes (’ is 0x92). */
function excelFile(lines: string[], name = 'course.csv'): File {
  const text = lines.join('\r\n');
  const bytes = Uint8Array.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
  return new File([bytes], name, { type: 'text/csv' });
}

async function pick(file: File) {
  const input = (await screen.findByLabelText(/Import a glossary/i)) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('importing a course glossary', () => {
  it("reads Excel's Windows-1252 CSV and shows the card text before adding", async () => {
    render(<GlossarySection onDone={() => {}} />);
    await pick(excelFile([HEADER, row('Cytarabine', 'cytarabine', 'A drug that isn’t new.')]));
    expect(await screen.findByText('A drug that isn’t new.')).toBeTruthy();
    expect(screen.getByText(/Windows-1252/)).toBeTruthy();
  });

  it('leaves out everyday abbreviations such as MP by default', async () => {
    const done = vi.fn();
    render(<GlossarySection onDone={done} />);
    await pick(excelFile([HEADER, row('Mercaptopurine', 'mercaptopurine | MP', 'A chemo pill.')]));
    await screen.findByText(/“MP” \(Mercaptopurine\) is also an everyday abbreviation/);
    const leaveOut = screen.getByRole('checkbox', { name: /Leave these forms out/ });
    expect((leaveOut as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Add glossary' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    const stored = Object.values(await fakeBrowser.storage.local.get(null)).map((v) =>
      JSON.stringify(v),
    );
    expect(stored.some((v) => v.includes('"mercaptopurine"'))).toBe(true);
    expect(stored.some((v) => v.includes('"MP"'))).toBe(false);
  });

  it('asks before removing a glossary', async () => {
    const done = vi.fn();
    render(<GlossarySection onDone={done} />);
    await pick(excelFile([HEADER, row('Cytarabine', 'cytarabine', 'A chemo drug.')]));
    fireEvent.click(await screen.findByRole('button', { name: 'Add glossary' }));
    const remove = await screen.findByRole('button', { name: /^Remove/ });
    done.mockClear();
    fireEvent.click(remove);
    expect(done).not.toHaveBeenCalled();
    expect(screen.getByText(/and its terms\?/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Yes, remove/ }));
    await waitFor(() =>
      expect(done).toHaveBeenCalledWith(expect.stringMatching(/Removed|removed/)),
    );
  });
});
