/**
 * docs/content-review.md lists every fact with its source and the date it was checked; it is
 * generated from the data and must stay in step with it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CONTENT_REVIEW_COMMAND,
  CONTENT_REVIEW_PATH,
  partLabel,
  renderContentReview,
} from '../content-review';
import { citedFacts } from '../cited-facts';
import { GLOSSARY, SOURCES } from '../index';

const file = resolve(__dirname, '../..', CONTENT_REVIEW_PATH);

describe('docs/content-review.md', () => {
  const rendered = renderContentReview(GLOSSARY, SOURCES);

  it('is in step with the data', () => {
    const onDisk = readFileSync(file, 'utf8');
    expect(
      onDisk === rendered,
      `${CONTENT_REVIEW_PATH} is out of step with the data: run \`${CONTENT_REVIEW_COMMAND}\` and commit it`,
    ).toBe(true);
  });

  it('has a table for every entry with a row for every fact, its source and check date', () => {
    for (const e of GLOSSARY) {
      expect(rendered, e.id).toContain(`## ${e.name} (\`${e.id}\`)`);
      const section = rendered.split(`(\`${e.id}\`)\n`)[1]!.split('\n## ')[0]!;
      const rows = section
        .split('\n')
        .filter((l) => l.startsWith('| ') && !/^\| (Part|---) /.test(l));
      expect(rows.length, e.id).toBe(citedFacts(e).length);
      for (const [i, f] of citedFacts(e).entries()) {
        expect(rows[i], `${e.id} ${f.path}`).toContain(`| ${partLabel(f.path)} |`);
        expect(rows[i], `${e.id} ${f.path}`).toContain(`| ${f.source} (`);
        expect(rows[i], `${e.id} ${f.path}`).toMatch(/\| (\d{4}-\d{2}-\d{2}|not recorded) \|$/);
      }
    }
  });

  it('notices a changed fact', () => {
    const e = GLOSSARY[0]!;
    const changed = [{ ...e, summary: 'A different summary.' }, ...GLOSSARY.slice(1)];
    expect(renderContentReview(changed, SOURCES)).not.toBe(rendered);
  });

  it('keeps a | inside a fact from breaking its table', () => {
    const e = GLOSSARY[0]!;
    const out = renderContentReview([{ ...e, summary: 'A | B.' }], SOURCES);
    expect(out).toContain('| Summary | A \\| B. |');
  });
});
