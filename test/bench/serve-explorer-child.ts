// The explorer in its own process for the API benchmark: autocannon must not share the server's
// event loop. Prints the URL on its first line of output; stops when its parent closes stdin.
import { startExplorer } from '../support/explorer-server.ts';

const { app, url } = await startExplorer(process.argv[2] ?? '');
console.log(url);
process.stdin.resume();
process.stdin.on('end', () => void app.close().then(() => process.exit(0)));
