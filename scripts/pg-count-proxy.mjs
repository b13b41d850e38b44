/**
 * A TCP proxy in front of PostgreSQL that counts the SQL statements passing through it, for
 * `npm run bench -- pages` (statements per page). It reads the frontend protocol's message
 * headers: each simple Query ('Q') and each extended-protocol Execute ('E') is one statement.
 * Runs in a worker thread (its own event loop, beside the load generator); the parent asks for
 * the counts with { type: "count" } and the worker answers { type: "count", n, control }.
 * workerData: { targetHost, targetPort }; it posts { type: "listening", port } once ready.
 */
import net from "node:net";
import { parentPort, workerData } from "node:worker_threads";

const { targetHost, targetPort } = workerData;
let statements = 0;
/** Of which transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE), sent as simple queries. */
let control = 0;
const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION)\b/i;

/** Counts messages in the client → server byte stream of one connection. */
function counter() {
  let startup = true; // untyped messages (SSLRequest, StartupMessage) until the startup packet
  let header = Buffer.alloc(0);
  let skip = 0;
  return (chunk) => {
    let i = 0;
    while (i < chunk.length) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length - i);
        skip -= n;
        i += n;
        continue;
      }
      const need = startup ? 8 : 5;
      const take = Math.min(need - header.length, chunk.length - i);
      header = Buffer.concat([header, chunk.subarray(i, i + take)]);
      i += take;
      if (header.length < need) break;
      if (startup) {
        const length = header.readInt32BE(0);
        const code = header.readInt32BE(4);
        if (code === 196608 || code >> 16 === 3) startup = false; // protocol 3.x: typed messages follow
        skip = length - 8;
      } else {
        const type = String.fromCharCode(header[0]);
        if (type === "Q" || type === "E") statements += 1;
        // A simple query's text follows its header; its first bytes are enough to tell BEGIN from SELECT.
        if (type === "Q" && CONTROL.test(chunk.toString("latin1", i, Math.min(chunk.length, i + 32)))) control += 1;
        skip = header.readInt32BE(1) - 4;
      }
      header = Buffer.alloc(0);
    }
  };
}

const server = net.createServer((client) => {
  const upstream = net.connect(targetPort, targetHost);
  // No Nagle delay on either side: a small message held for an ACK would add the kernel's
  // delayed-ACK time (about 40 ms) to a statement the app does not wait that long for itself.
  client.setNoDelay(true);
  upstream.setNoDelay(true);
  const count = counter();
  client.on("data", (chunk) => {
    count(chunk);
    upstream.write(chunk);
  });
  upstream.pipe(client);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on("error", close);
  upstream.on("error", close);
  client.on("close", close);
  upstream.on("close", close);
});

server.listen(0, "127.0.0.1", () => {
  parentPort.postMessage({ type: "listening", port: server.address().port });
});
parentPort.on("message", (msg) => {
  if (msg?.type === "count") parentPort.postMessage({ type: "count", n: statements, control });
  if (msg?.type === "close") server.close(() => process.exit(0));
});
