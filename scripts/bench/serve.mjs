/** A tiny static file server on 127.0.0.1 for the benchmarks (no network beyond loopback). */
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';

const TYPES = {'.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css', '.map': 'application/json'};

/**
 * Serves `root`, plus any in-memory `pages` (path -> HTML). Resolves to {url, close}.
 * `delay` (ms) holds back every file that is not an in-memory page, like a distant CDN.
 */
export function serve(root, pages = {}, {delay = 0} = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (delay && pages[path] === undefined) await new Promise((r) => setTimeout(r, delay));
    if (pages[path] !== undefined) {
      res.writeHead(200, {'content-type': 'text/html', 'cache-control': 'no-store'});
      return res.end(pages[path]);
    }
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'});
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({url: `http://127.0.0.1:${server.address().port}`, close: () => server.close()})
    )
  );
}
