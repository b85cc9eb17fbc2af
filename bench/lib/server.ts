import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { UNGATED_ENV } from "../../lib/net/admission";
import { UNLIMITED_ENV } from "../../lib/net/rate-limit";
import { ensureBuild } from "../../scripts/build-staleness";

export { ensureBuild };

const ROOT = process.cwd();

export interface RunningServer {
  url: string;
  pid: number;
  /** Resident memory of the server process in MB (Linux /proc). */
  rssMb(): number;
  stop(): Promise<void>;
}

/**
 * The production server (scripts/server.ts, as `npm start` runs it) on 127.0.0.1:port against
 * `databaseFile`; resolves once the API answers. The rate limits (and the admission step's limits on
 * requests in flight) are off unless `rateLimits` is set: the
 * other benchmarks measure how fast we serve one busy client, not how soon we refuse it.
 */
export async function startServer(
  databaseFile: string,
  port: number,
  env: Record<string, string> = {},
  { rateLimits = false, root = ROOT }: { rateLimits?: boolean; root?: string } = {},
): Promise<RunningServer> {
  const child: ChildProcess = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/server.ts", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      ...(rateLimits ? {} : { ...UNLIMITED_ENV, ...UNGATED_ENV }),
      DATABASE_PATH: databaseFile,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/v1/regions`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the server did not answer within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  const pid = child.pid!;
  const rssMb = () => {
    // tsx runs the server in a child of the process it spawned: sum the group's memory.
    let kb = 0;
    for (const p of [pid, ...childPids(pid)]) {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    }
    return kb / 1024;
  };
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) process.kill(-pid, "SIGKILL");
  };
  return { url, pid, rssMb, stop };
}

function childPids(pid: number): number[] {
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return children.flatMap((c) => [c, ...childPids(c)]);
  } catch {
    return [];
  }
}
