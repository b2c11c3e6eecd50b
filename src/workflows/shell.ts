/**
 * Reading `run:` scripts as a shell does, far enough to find the commands that fetch or check out
 * code: backslash-newline continuations joined, commands split at `;`, `&&`, `||`, `|`, `&`,
 * newlines, `(`, `)` and backticks, words unquoted, comments dropped, and `${{ … }}` kept whole. A
 * `$( … )` stays in its command's word and is read as a command of its own too. `git` and `gh` invocations are read past their global options (`git -c k=v -C dir fetch`,
 * `gh --repo o/r pr checkout`).
 */
import { expressionSpans } from './expressions.js';

export interface ShellCommand {
  /** The command's words, quotes removed (`${{ … }}` kept as written). */
  words: string[];
  /** The command as written (continuations joined). */
  text: string;
}

/** Split a script into simple commands. Never throws; unbalanced quotes run to the end. */
export function shellCommands(script: string): ShellCommand[] {
  const src = script.replace(/\\\r?\n/g, ' ');
  const exprAt = new Map<number, number>();
  for (const s of expressionSpans(src)) exprAt.set(s.start, s.end);
  const out: ShellCommand[] = [];
  const inner: ShellCommand[] = [];
  let words: string[] = [];
  let word: string | undefined;
  let start = 0;
  const endWord = () => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  const endCommand = (at: number) => {
    endWord();
    if (words.length) out.push({ words, text: src.slice(start, at).trim() });
    words = [];
  };
  let i = 0;
  while (i < src.length) {
    const end = exprAt.get(i);
    if (end !== undefined) {
      word = (word ?? '') + src.slice(i, end);
      i = end;
      continue;
    }
    const c = src[i];
    if (c === "'") {
      const close = src.indexOf("'", i + 1);
      const stop = close < 0 ? src.length : close;
      word = (word ?? '') + src.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < src.length && src[j] !== '"') {
        const e = exprAt.get(j);
        if (e !== undefined) {
          text += src.slice(j, e);
          j = e;
          continue;
        }
        if (src[j] === '\\' && j + 1 < src.length) {
          text += src[j + 1];
          j += 2;
          continue;
        }
        if (src[j] === '$' && src[j + 1] === '(' && src[j + 2] !== '(') {
          const close = closingParen(src, j + 2);
          text += src.slice(j, close + 1);
          inner.push(...shellCommands(src.slice(j + 2, close)));
          j = close + 1;
          continue;
        }
        text += src[j++];
      }
      word = (word ?? '') + text;
      i = j + 1;
      continue;
    }
    if (c === '\\' && i + 1 < src.length) {
      word = (word ?? '') + src[i + 1];
      i += 2;
      continue;
    }
    if (c === '#' && word === undefined) {
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? src.length : nl;
      continue;
    }
    if (c === '$' && src[i + 1] === '(' && src[i + 2] !== '(') {
      // A command substitution is part of this command's word, and a command of its own.
      const close = closingParen(src, i + 2);
      word = (word ?? '') + src.slice(i, close + 1);
      inner.push(...shellCommands(src.slice(i + 2, close)));
      i = close + 1;
      continue;
    }
    if (c === '\n' || c === ';' || c === '|' || c === '&' || c === '(' || c === ')' || c === '`') {
      endCommand(i);
      i++;
      while (i < src.length && (src[i] === '|' || src[i] === '&')) i++;
      start = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
      i++;
      continue;
    }
    word = (word ?? '') + c;
    i++;
  }
  endCommand(src.length);
  return [...out, ...inner];
}

/** The index of the `)` closing a `$(` whose body starts at `from` (quotes respected). */
function closingParen(src: string, from: number): number {
  let depth = 1;
  let quote: string | undefined;
  for (let j = from; j < src.length; j++) {
    const c = src[j];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') j++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return src.length;
}

/** Words that run the command after them (and the options they take before it). */
const WRAPPERS = new Set(['sudo', 'env', 'command', 'exec', 'time', 'nice', 'nohup', 'xargs']);

/** The program and its arguments, past `VAR=value` prefixes and wrappers such as `sudo`. */
function program(words: string[]): { name: string; args: string[] } | undefined {
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
      i++;
      continue;
    }
    if (WRAPPERS.has(w)) {
      i++;
      while (i < words.length && words[i].startsWith('-')) i++;
      continue;
    }
    if (w === '{' || w === '}' || w === '!' || w === 'then' || w === 'do' || w === 'else') {
      i++;
      continue;
    }
    break;
  }
  if (i >= words.length) return undefined;
  const name = words[i].replace(/^.*\//, '');
  return { name, args: words.slice(i + 1) };
}

/** git's global options that take the next word as their value. */
const GIT_VALUE_OPTIONS = new Set([
  '-C',
  '-c',
  '--git-dir',
  '--work-tree',
  '--namespace',
  '--super-prefix',
  '--config-env',
  '--exec-path',
  '--list-cmds'
]);

/** `git [global options] <subcommand> <args>`, or undefined when the command is not git. */
export function gitInvocation(cmd: ShellCommand): { sub: string; args: string[] } | undefined {
  const p = program(cmd.words);
  if (!p || p.name !== 'git') return undefined;
  let i = 0;
  while (i < p.args.length && p.args[i].startsWith('-')) {
    const opt = p.args[i];
    i += GIT_VALUE_OPTIONS.has(opt) ? 2 : 1;
  }
  if (i >= p.args.length) return undefined;
  return { sub: p.args[i], args: p.args.slice(i + 1) };
}

/** gh's flags that take the next word as their value. */
const GH_VALUE_OPTIONS = new Set(['-R', '--repo', '--hostname', '-b', '--branch']);

/** The positional words of a `gh` command (`gh -R o/r pr checkout 1` → pr, checkout, 1). */
export function ghInvocation(cmd: ShellCommand): string[] | undefined {
  const p = program(cmd.words);
  if (!p || p.name !== 'gh') return undefined;
  const out: string[] = [];
  for (let i = 0; i < p.args.length; i++) {
    const a = p.args[i];
    if (a === '--') {
      out.push(...p.args.slice(i + 1));
      break;
    }
    if (a.startsWith('-')) {
      if (GH_VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
