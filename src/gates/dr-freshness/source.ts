/** What a drill source (an evidence file, a workflow run) hands to the budget checks. */
import type { Finding } from '../../core/result.js';
import type { DrillFacts } from '../../drill/budget.js';

export interface FileSource {
  kind: 'file';
  path: string;
  bytes?: number;
}

export interface WorkflowSource {
  kind: 'workflow';
  apiUrl: string;
  repository: string;
  workflow: string;
  branch: string;
  pagesRead: number;
  runsSeen: number;
  skippedForkOrPrRuns: number;
  run?: {
    id: number;
    number?: number;
    attempt?: number;
    url?: string;
    event: string;
    headSha?: string;
    startedAt?: string;
    completedAt?: string;
  };
  artifact?: { name: string; id: number; sizeInBytes: number; file?: string; digest?: string };
}

export type SourceEvidence = FileSource | WorkflowSource;

export interface SourceOutcome {
  source: SourceEvidence;
  /** Absent when the source could not be read: the verdict is then error. */
  facts?: DrillFacts;
  /** Problems of the source itself (severity error means: cannot decide) and notes. */
  findings: Finding[];
}

/** Whether the source's own findings leave the gate unable to decide. */
export function sourceBlocksDecision(o: SourceOutcome): boolean {
  return !o.facts || o.findings.some((f) => f.severity === 'error');
}
