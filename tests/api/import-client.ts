import { setTimeout as sleep } from "node:timers/promises";
import { POST as importRoute } from "@/app/api/v1/admin/import/route";
import { GET as jobRoute } from "@/app/api/v1/admin/import/jobs/[id]/route";
import { ORIGIN, type TestActor } from "./actors";

/** Starts an import job as `admin`: the POST's status and body (202 and the job, or an error). */
export async function startImport(admin: TestActor, body: BodyInit, query: string, headers: Record<string, string> = {}) {
  const res = await importRoute(
    new Request(`${ORIGIN}/api/v1/admin/import?${query}`, { method: "POST", headers: { origin: ORIGIN, cookie: admin.cookie, ...headers }, body, duplex: "half" } as RequestInit),
  );
  return { status: res.status, body: await res.json() };
}

export async function getJob(admin: TestActor, id: string) {
  const res = await jobRoute(new Request(`${ORIGIN}/api/v1/admin/import/jobs/${id}`, { headers: { origin: ORIGIN, cookie: admin.cookie } }), { params: Promise.resolve({ id }) });
  return { status: res.status, body: await res.json() };
}

/** Follows a job until it has finished; `seen` collects each state it was seen in. */
export async function finishedJob(admin: TestActor, id: string, seen: unknown[] = []) {
  for (;;) {
    const { body } = await getJob(admin, id);
    seen.push(body);
    if (body.status === "done" || body.status === "failed") return body;
    await sleep(20);
  }
}

/**
 * An import run to its end, answered as the synchronous import used to be: 200 and the report, or the
 * job's error status and {error}.
 */
export async function upload(admin: TestActor, text: BodyInit, query: string) {
  const started = await startImport(admin, text, query);
  if (started.status !== 202) return started;
  const job = await finishedJob(admin, started.body.id);
  if (job.status === "done") return { status: 200, body: job.report };
  const { status, ...error } = job.error;
  return { status, body: { error } };
}
