/**
 * templates/hub/template.yml: the questions (with defaults and validation) and the files a
 * release renders. `renderAll` turns a release and the answers into path → content.
 */
import { parse } from 'yaml';
import { evaluate, renderTemplate, TemplateError, type Answers } from './render.js';
import type { TemplateSource } from './source.js';

export const TEMPLATE_FILE = 'templates/hub/template.yml';

export interface Question {
  name: string;
  description: string;
  type: 'string' | 'choice' | 'list';
  pattern?: string;
  options?: string[];
  default?: string | string[];
}

export interface TemplateFile {
  path: string;
  template: string;
  when?: string;
  /** Earlier paths of this file: a sync moves the repository's copy. */
  renamedFrom?: string[];
}

export interface TemplateDefinition {
  questions: Question[];
  files: TemplateFile[];
}

export function loadDefinition(source: TemplateSource): TemplateDefinition {
  const text = source.read(TEMPLATE_FILE);
  if (text === undefined) {
    throw new TemplateError(`hub ${source.release.version} has no ${TEMPLATE_FILE}`);
  }
  const doc = parse(text, { uniqueKeys: true }) as {
    questions?: Record<string, Record<string, unknown>>;
    files?: Record<string, unknown>[];
  };
  const questions: Question[] = Object.entries(doc.questions ?? {}).map(([name, q]) => ({
    name,
    description: String(q.description ?? name),
    type: (q.type ?? 'string') as Question['type'],
    pattern: q.pattern === undefined ? undefined : String(q.pattern),
    options: Array.isArray(q.options) ? q.options.map(String) : undefined,
    default: Array.isArray(q.default)
      ? q.default.map(String)
      : q.default === undefined
        ? undefined
        : String(q.default)
  }));
  const files: TemplateFile[] = (doc.files ?? []).map((f) => ({
    path: String(f.path),
    template: String(f.template),
    when: f.when === undefined ? undefined : String(f.when),
    renamedFrom: Array.isArray(f['renamed-from']) ? f['renamed-from'].map(String) : undefined
  }));
  return { questions, files };
}

/** Check one answer against its question; returns the normalised value or throws. */
export function checkAnswer(q: Question, value: unknown): string | string[] {
  if (q.type === 'list') {
    const list = Array.isArray(value)
      ? value.map(String)
      : String(value)
          .split(/[\s,]+/)
          .filter(Boolean);
    for (const v of list) {
      if (q.options && !q.options.includes(v)) {
        throw new TemplateError(`answer ${q.name}: '${v}' is not one of ${q.options.join(', ')}`);
      }
    }
    return list;
  }
  const v = String(value ?? '').trim();
  if (q.type === 'choice' && !q.options?.includes(v)) {
    throw new TemplateError(`answer ${q.name}: '${v}' is not one of ${q.options?.join(', ')}`);
  }
  if (q.pattern && !new RegExp(q.pattern).test(v)) {
    throw new TemplateError(
      `answer ${q.name}: '${v}' does not match ${q.pattern} (${q.description})`
    );
  }
  return v;
}

/** Every file the release renders for these answers: path → content. */
export function renderAll(
  def: TemplateDefinition,
  source: TemplateSource,
  answers: Answers
): Map<string, { content: string; file: TemplateFile }> {
  const context: Answers = { ...answers, hub: source.release };
  const out = new Map<string, { content: string; file: TemplateFile }>();
  source.prefetch?.(def.files.map((f) => f.template));
  for (const f of def.files) {
    if (f.when && !evaluate(f.when, context, `${TEMPLATE_FILE} (${f.path})`)) continue;
    const text = source.read(f.template);
    if (text === undefined) {
      throw new TemplateError(
        `hub ${source.release.version}: ${f.template} (for ${f.path}) does not exist`
      );
    }
    out.set(f.path, { content: renderTemplate(text, context, f.template), file: f });
  }
  return out;
}
