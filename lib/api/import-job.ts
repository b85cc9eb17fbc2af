import { restoreDomainError } from "../errors";
import type { ImportJobView } from "../import/jobs";
import { statusOfDomainError } from "./respond";

/** An import job as the API shows it: a failed job's error as the status and body the import would have answered. */
export function apiImportJob(job: ImportJobView) {
  if (!job.error) return { ...job, error: null };
  const { kind: _kind, details, ...error } = job.error;
  return { ...job, error: { status: statusOfDomainError(restoreDomainError(job.error)), ...error, ...details } };
}
