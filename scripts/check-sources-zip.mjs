// `node scripts/check-sources-zip.mjs`, after `npm run zip`: builds the Firefox extension from the
// sources zip as an add-on reviewer does (unpack, npm ci, the Firefox build) and checks that it
// gives the same files, byte for byte, as .output/firefox-mv2. Exit code 1 when it does not.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = join(ROOT, '.output');
const BUILT = join(OUTPUT, 'firefox-mv2');

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}`);
}

/** Every file below `dir`, as relative path -> sha256. */
function fileHashes(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const zips = readdirSync(OUTPUT).filter((f) => f.endsWith('-sources.zip'));
if (zips.length !== 1) {
  console.error(
    `Expected one *-sources.zip in .output (run npm run zip), found: ${zips.join(', ') || 'none'}`,
  );
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'termlight-sources-'));
try {
  run('unzip', ['-q', join(OUTPUT, zips[0]), '-d', work], ROOT);
  // --prefer-offline: the packages come from npm's cache when CI's own npm ci filled it.
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], work);
  run('npx', ['wxt', 'build', '-b', 'firefox'], work);
  const expected = fileHashes(BUILT);
  const actual = fileHashes(join(work, '.output', 'firefox-mv2'));
  const problems = [];
  for (const [path, hash] of expected) {
    if (!actual.has(path)) problems.push(`missing from the reviewer's build: ${path}`);
    else if (actual.get(path) !== hash) problems.push(`different in the reviewer's build: ${path}`);
  }
  for (const path of actual.keys())
    if (!expected.has(path)) problems.push(`only in the reviewer's build: ${path}`);
  if (problems.length) {
    console.error(
      `The sources zip does not rebuild .output/firefox-mv2:\n  ${problems.join('\n  ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(`The sources zip rebuilds .output/firefox-mv2: ${expected.size} identical files.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
