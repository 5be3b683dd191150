import type { Command } from 'commander';
import { pipelineContext } from '../context.js';
import type { Io } from '../io.js';
import { onWrapperGone } from '../orphan.js';
import { parsePositiveInt } from '../parse.js';
import { storeFor, withDb, type StoreOptions } from '../store.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

interface ServeCliOptions extends StoreOptions {
  port: number;
  host: string;
  token?: string;
  allowPrivateFetch?: boolean;
}

export function registerServe(program: Command, io: Io): void {
  withDb(program.command('serve'))
    .description('serve the web app and HTTP API over the corpus store: the graph, the evidence behind each edge, actors, documents')
    .option('--port <n>', 'port (0 picks a free one)', parsePositiveInt, 4173)
    .option('--host <host>', 'address to listen on; any other than 127.0.0.1/localhost needs a token for every change', '127.0.0.1')
    .option('--token <token>', 'token every API request must carry (default $NEXUS_TOKEN, else one is made up off loopback)')
    .option('--allow-private-fetch', 'let URL and feed ingest fetch loopback, link-local and private addresses (refused by default)')
    .action(async (options: ServeCliOptions, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options } as ServeCliOptions;
      const [{ anyAddress, httpFetcher, publicOnly, DEFAULT_USER_AGENT }, { DEFAULT_LIMITS, startServer, WEB_ROOT }] = await Promise.all([import('../../sources/index.js'), import('../../server/index.js')]);
      const ctx = await pipelineContext(io, opts);
      const store = await storeFor(opts);
      // A URL typed into the web app is the browser user's, not the operator's: it may not reach this machine or its network.
      const addresses = opts.allowPrivateFetch ? anyAddress : publicOnly;
      const fetcher = httpFetcher({ timeoutMs: 20_000, maxBytes: DEFAULT_LIMITS.document, userAgent: DEFAULT_USER_AGENT, delayMs: 1000, addresses });
      const token = opts.token ?? process.env.NEXUS_TOKEN;
      const server = await startServer({ ...ctx, store, fetcher, webRoot: WEB_ROOT, host: opts.host, port: opts.port, ...(token ? { token } : {}) });
      io.err(`nexus: serving ${store.kind} store on ${server.url}  (Ctrl-C to stop)`);
      io.out(server.openUrl);
      if (server.token) io.err('nexus: every API request needs the token: open the URL above, or send it as the X-Nexus-Token header');
      await new Promise<void>((resolve) => {
        // A wrapper (npx, a shell script) that is stopped leaves this process, or the shell between, to init: that is a stop too.
        const unwatch = onWrapperGone(() => stop());
        const stop = () => { unwatch(); for (const s of SIGNALS) process.off(s, stop); resolve(); };
        for (const s of SIGNALS) process.on(s, stop);
      });
      await server.close();
      await store.close();
    });
}
