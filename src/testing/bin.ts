// The CLI from source, for tests that run nexus as a separate process (kill, concurrency).
import { main } from '../cli/main.js';

main(process.argv).then((code) => { process.exitCode = code; });
