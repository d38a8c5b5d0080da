// Load generator in its own process (so it does not compete with the server inside one event loop).
import autocannon from 'autocannon';

const [url, seconds = '5', connections = '32'] = process.argv.slice(2);
const result = await autocannon({ url: url!, duration: Number(seconds), connections: Number(connections), pipelining: 1 });
console.log(JSON.stringify({ rps: result.requests.average, total: result.requests.total, p50: result.latency.p50, p97_5: result.latency.p97_5, errors: result.errors, non2xx: result.non2xx }));
