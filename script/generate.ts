// Generates what must agree with action.yml, so action.yml stays the single source:
//   src/contract.ts   the inputs with their defaults and descriptions, and the output names
//   README.md         the inputs and outputs tables between their markers
// `npm run generate` writes them; test/repo/contract.test.ts fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderContract, renderReadme } from './contract.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const actionYml = readFileSync(`${root}action.yml`, 'utf8');

const contractFile = `${root}src/contract.ts`;
writeFileSync(contractFile, await renderContract(actionYml, contractFile));
const readmeFile = `${root}README.md`;
const readme = readFileSync(readmeFile, 'utf8');
writeFileSync(readmeFile, await renderReadme(readme, actionYml, readmeFile));
