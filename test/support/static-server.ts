import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StaticFile {
  readonly type: string;
  readonly body: string | Uint8Array;
}

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serve fixed files from memory on 127.0.0.1, on a free port. */
export async function serveFiles(files: Readonly<Record<string, StaticFile>>): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
