// Loaded into the server by bench/flood.ts (NODE_OPTIONS=--require): every second, the event loop's delay
// over that second (p50, p99, max, from perf_hooks.monitorEventLoopDelay) and the HTTP requests in flight
// are appended to $LOOP_PROBE_FILE. It tells a server whose one thread is held (delay high) from one whose
// requests wait in a queue (delay low, many in flight). With $CPU_PROFILE_FILE set, the process's CPU
// profile (open it in Chrome's DevTools) is written there when it exits (--cpu-prof is refused in
// NODE_OPTIONS).
const fs = require("node:fs");
const http = require("node:http");
const { monitorEventLoopDelay } = require("node:perf_hooks");

// Only the process that serves HTTP reports: tsx runs the server in a child of the process it starts, and
// both load this file.
let serves = false;
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function () {
  serves = true;
  return listen.apply(this, arguments);
};

const file = process.env.LOOP_PROBE_FILE;
if (file) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let inFlight = 0;
  let peak = 0;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, req, res) {
    if (event === "request") {
      inFlight++;
      peak = Math.max(peak, inFlight);
      res.once("close", () => inFlight--);
    }
    return emit.apply(this, arguments);
  };
  const ms = (ns) => (ns / 1e6).toFixed(0);
  setInterval(() => {
    if (!serves) return delay.reset();
    fs.appendFileSync(file, `${Date.now()} ${ms(delay.percentile(50))} ${ms(delay.percentile(99))} ${ms(delay.max)} ${inFlight} ${peak}\n`);
    delay.reset();
    peak = inFlight;
  }, 1000).unref();
}

const profileFile = process.env.CPU_PROFILE_FILE;
if (profileFile) {
  const inspector = require("node:inspector");
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
  // The in-process session answers synchronously, so this runs to its end inside the exit handler.
  process.once("exit", () => serves && session.post("Profiler.stop", (error, result) => error || fs.writeFileSync(profileFile, JSON.stringify(result.profile))));
}
