/** Writes `integrity.json`: a sha384 Subresource Integrity hash for every .js and .css file of the CDN build. */
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';

function jsFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return /\.(js|css)$/.test(entry.name) ? [path] : [];
  });
}

export function sri(content) {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

export function writeIntegrity(dir) {
  const hashes = {};
  for (const file of jsFiles(dir).sort()) hashes[relative(dir, file)] = sri(readFileSync(file));
  writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  return hashes;
}
