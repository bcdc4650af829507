// The command line of the bench's diagnostics (loaf-dump.mjs, profile.mjs, tap.mjs).

const argv = process.argv.slice(2);

/** The value after `name` (`--runs 3`), or `fallback` when it is not given. */
export function option(/** @type {string} */ name, /** @type {string} */ fallback) {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : fallback;
}

/** Whether `name` was given (`--jump`). */
export function flag(/** @type {string} */ name) {
  return argv.includes(name);
}

/** The page named first on the command line (`review`), when it is not an option. */
export function pageArgument(/** @type {string} */ fallback) {
  return argv[0] && !argv[0].startsWith('--') ? argv[0] : fallback;
}

/** Every value given after `name` (`--dir A --dir B`). */
export function options(/** @type {string} */ name) {
  return argv.flatMap((a, i) => (argv[i - 1] === name ? [a] : []));
}
