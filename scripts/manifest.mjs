/** Writes custom-elements.json from the doc comments in src/ (used by Storybook, editors and frameworks). */
import {execFileSync} from 'node:child_process';

execFileSync(
  'npx',
  ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/generated/**', '--exclude', 'src/cdn/**', '--quiet'],
  {stdio: 'inherit'}
);
