/**
 * The template language of templates/: `{{ name }}` (a dotted path into the answers) and
 * line-level blocks `{% if <cond> %}`, `{% else %}`, `{% endif %}` where a condition is
 * `name`, `not name`, `name == 'value'`, `name != 'value'` or `'value' in name`, joined by `or`.
 * `${{ … }}` (a GitHub Actions expression) is left alone. A block tag
 * stands alone on its line, which is dropped from the output. Anything else is an error: a
 * template that renders wrongly must not be committed into hundreds of repositories.
 */

export type Answers = Record<string, unknown>;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

function lookup(answers: Answers, path: string, where: string): unknown {
  let v: unknown = answers;
  for (const part of path.split('.')) {
    if (typeof v !== 'object' || v === null || !(part in v)) {
      throw new TemplateError(`${where}: '${path}' is not an answer or a hub value`);
    }
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

const COND =
  /^(?:(not\s+)?([A-Za-z_][\w.]*)|([A-Za-z_][\w.]*)\s*(==|!=)\s*'([^']*)'|'([^']*)'\s+in\s+([A-Za-z_][\w.]*))$/;

function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return v !== false && v !== null && v !== undefined && v !== '' && v !== 0;
}

export function evaluate(cond: string, answers: Answers, where: string): boolean {
  const alternatives = cond.split(/\s+or\s+/);
  if (alternatives.length > 1) return alternatives.some((c) => evaluate(c, answers, where));
  const m = COND.exec(cond.trim());
  if (!m) throw new TemplateError(`${where}: cannot read the condition '${cond}'`);
  if (m[2]) {
    const v = truthy(lookup(answers, m[2], where));
    return m[1] ? !v : v;
  }
  if (m[3]) {
    const v = String(lookup(answers, m[3], where));
    return m[4] === '==' ? v === m[5] : v !== m[5];
  }
  const list = lookup(answers, m[7], where);
  if (!Array.isArray(list)) throw new TemplateError(`${where}: '${m[7]}' is not a list`);
  return list.map(String).includes(m[6]);
}

const BLOCK = /^\s*\{%-?\s*(if|else|endif)\b\s*(.*?)\s*-?%\}\s*$/;

export function renderTemplate(text: string, answers: Answers, where: string): string {
  const out: string[] = [];
  const stack: { on: boolean; parentOn: boolean; sawElse: boolean; line: number }[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const at = `${where}:${i + 1}`;
    const block = BLOCK.exec(line);
    const on = stack.every((s) => s.on);
    if (block) {
      const [, tag, cond] = block;
      if (tag === 'if')
        stack.push({
          on: on && evaluate(cond, answers, at),
          parentOn: on,
          sawElse: false,
          line: i + 1
        });
      else {
        const top = stack[stack.length - 1];
        if (!top) throw new TemplateError(`${at}: {% ${tag} %} without {% if %}`);
        if (tag === 'else') {
          if (top.sawElse) throw new TemplateError(`${at}: a second {% else %}`);
          top.sawElse = true;
          top.on = top.parentOn && !top.on;
        } else stack.pop();
      }
      return;
    }
    if (/\{%/.test(line))
      throw new TemplateError(`${at}: a block tag must stand alone on its line`);
    if (!on) return;
    out.push(
      line.replace(/(?<!\$)\{\{\s*([A-Za-z_][\w.]*)\s*\}\}/g, (_, path: string) => {
        const v = lookup(answers, path, at);
        return Array.isArray(v) ? v.join(', ') : String(v);
      })
    );
  });
  if (stack.length)
    throw new TemplateError(`${where}:${stack[stack.length - 1].line}: {% if %} is never closed`);
  const result = out.join('\n');
  const left = /(?<!\$)\{\{[^}]*\}\}/.exec(result);
  if (left) throw new TemplateError(`${where}: cannot render '${left[0]}'`);
  return result;
}
