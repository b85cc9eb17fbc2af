import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL + PostGIS cluster for side-by-side benchmarks: Debian's packages (installed
 * with apt-get when missing and we are root), initdb in a temp dir, listening on 127.0.0.1 only, on a
 * free port of the perf range. PostgreSQL refuses to run as root, so as root it runs as user postgres.
 */
export interface PostgisCluster {
  port: number;
  /** Runs SQL through psql (stdin), returns its unaligned, comma-separated output rows. */
  sql(script: string): string[];
  stop(): void;
}

const PORTS = { from: 3380, to: 3399 };

function postgisBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  for (const version of fs.readdirSync(root).sort().reverse()) {
    const control = `/usr/share/postgresql/${version}/extension/postgis.control`;
    if (fs.existsSync(path.join(root, version, "bin", "initdb")) && fs.existsSync(control)) return path.join(root, version, "bin");
  }
  return null;
}

function ensureInstalled(): string {
  const found = postgisBinDir();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error("PostgreSQL + PostGIS are not installed: run as root, or apt-get install postgresql postgis");
  console.error("installing postgresql + postgis with apt-get …");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "postgresql", "postgis"], { stdio: "inherit", env });
  const bin = postgisBinDir();
  if (!bin) throw new Error("apt-get ran but PostGIS was not found under /usr/lib/postgresql/*/bin");
  return bin;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let port = PORTS.from; port <= PORTS.to; port++) if (await portFree(port)) return port;
  throw new Error(`no free port in ${PORTS.from}-${PORTS.to}`);
}

export async function startPostgis(): Promise<PostgisCluster> {
  const bin = ensureInstalled();
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "courts-gis-postgis-"));
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  const run = (cmd: string, args: string[], input?: string) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
    const r = spawnSync(file, argv, { input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}`);
    return r.stdout;
  };
  const port = await freePort();
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const options = `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c shared_buffers=256MB -c max_parallel_workers_per_gather=0`;
  run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-o", options, "-w", "start"]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once("exit", stop);
  const sql = (script: string) =>
    run("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-X", "-q", "-A", "-t", "-F", ",", "-v", "ON_ERROR_STOP=1"], script)
      .split("\n")
      .filter((l) => l !== "");
  return { port, sql, stop };
}
