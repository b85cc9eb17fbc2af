import { spawn } from "node:child_process";
import path from "node:path";

const WORKER = path.join(__dirname, "fault-worker.ts");

/** Practitioners per import or load of the fault tests. */
export const IMPORT_SIZE = 3000;

/**
 * Runs tests/resilience/fault-worker.ts with `env` (which database); once it prints the line `killAt` picks
 * ("begin" by default), waits `killAfterMs` and kills it with SIGKILL (no chance to clean up). Resolves with
 * everything it printed and whether it finished by itself.
 */
export function runWorkerAndKill(
  env: Record<string, string>,
  args: string[],
  killAfterMs: number | null,
  killAt: (line: string, index: number) => boolean = (line) => line === "begin",
): Promise<{ lines: string[]; finished: boolean }> {
  return new Promise((resolve, reject) => {
    // One process (node with tsx's loader), not the tsx CLI, which would leave its child running after the kill.
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    const lines: string[] = [];
    let stderr = "";
    let buffer = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      buffer += d.toString();
      const parts = buffer.split("\n");
      buffer = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (killAfterMs !== null && killAt(line, lines.length - 1)) setTimeout(() => child.kill("SIGKILL"), killAfterMs);
      }
    });
    child.on("error", reject);
    // "close", not "exit": only then has everything the worker wrote to the pipe been read.
    child.on("close", (code, signal) => {
      if (signal === null && code !== 0) reject(new Error(`worker failed (${code}): ${stderr}`));
      else resolve({ lines, finished: signal === null });
    });
  });
}
