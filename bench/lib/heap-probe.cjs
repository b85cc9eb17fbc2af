// Loaded into the server by bench/load.ts (NODE_OPTIONS=--require): every 5 s a full GC, then the live
// heap is appended to $HEAP_PROBE_FILE. Resident memory alone cannot tell a leak from V8 growing its heap
// lazily; the heap left after a full GC can.
const fs = require("node:fs");
const v8 = require("node:v8");
const vm = require("node:vm");

const file = process.env.HEAP_PROBE_FILE;
if (file) {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc");
  setInterval(() => {
    gc();
    fs.appendFileSync(file, `${process.pid} ${Date.now()} ${process.memoryUsage().heapUsed}\n`);
  }, 5000).unref();
}
