import { CHECK_CHARS } from '../collect';
import { TermScan } from '../term-scan';
import { standInFinder } from './stand-in-finder';

function texts(...data: string[]): Text[] {
  return data.map((d) => document.createTextNode(d));
}

describe('TermScan', () => {
  it("lists each node's accepted terms in text order, and leaves out nodes without any", () => {
    const nodes = texts('Gleevec, a TKI', 'plain', 'tki imatinib');
    const scan = new TermScan(nodes, standInFinder());
    expect(scan.run(() => false)).toBe(true);
    expect([...scan.ids]).toEqual([
      [nodes[0], ['imatinib', 'tki']],
      [nodes[2], ['imatinib']],
    ]);
  });

  it('leaves out the terms `keep` refuses', () => {
    const nodes = texts('Gleevec, a TKI');
    const scan = new TermScan(nodes, standInFinder(), (id) => id !== 'tki');
    scan.run(() => false);
    expect(scan.ids.get(nodes[0]!)).toEqual(['imatinib']);
  });

  it('resumes inside a long node where it stopped: slicing changes nothing', () => {
    const long = 'imatinib and a TKI. '.repeat(500);
    const whole = new TermScan(texts(long), standInFinder());
    whole.run(() => false);
    const nodes = texts(long);
    const sliced = new TermScan(nodes, standInFinder());
    let slices = 1;
    while (!sliced.run(() => true)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(sliced.ids.get(nodes[0]!)).toEqual([...whole.ids.values()][0]);
    expect(sliced.ids.get(nodes[0]!)).toHaveLength(1000);
  });

  it('reads the clock after CHECK_CHARS of text at most, however few the nodes and matches', () => {
    const paragraph = 'plain words '.repeat(Math.ceil(CHECK_CHARS / 12)) + 'imatinib';
    const scan = new TermScan(
      texts(...Array.from({ length: 10 }, () => paragraph)),
      standInFinder(),
    );
    let reads = 0;
    expect(scan.run(() => (++reads, false))).toBe(true);
    expect(scan.ids.size).toBe(10);
    expect(reads).toBeGreaterThanOrEqual(10);
  });
});
