/**
 * The Actions runner's command protocol, written directly: workflow commands on stdout
 * (`::error file=…,line=…::message`, `::add-mask::…`, `::debug::…`) and file commands appended to
 * the files the runner names (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_STEP_SUMMARY`), with the
 * same escaping and heredoc delimiters as `@actions/core`. It exists so an action starts without
 * `@actions/core`, whose import loads its HTTP client and undici for the OIDC token whether or not
 * a token is ever asked for (tens of milliseconds at every start). The one thing it does not do,
 * fetching the job's OIDC token, is in ./oidc-token.ts, which loads `@actions/core` on demand.
 */
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { writeStdout } from './std-write.js';
import { uniqueToken } from './unique-token.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,…::message` on stdout; properties with no value are left out. */
export function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  writeStdout(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** Append `name<<delimiter … delimiter` to the file the runner named in GITHUB_<command>. */
function issueFileCommand(command: 'OUTPUT' | 'STATE', name: string, value: string): void {
  const file = process.env[`GITHUB_${command}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  // A delimiter that occurs in neither the name nor the value (drawn again if it would).
  const delimiter = uniqueToken('ghadelimiter_', name, value);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

function annotationProps(p: AnnotationProperties): Record<string, string | number | undefined> {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn
  };
}

/** An input as the runner passes it (`INPUT_<NAME>`, spaces as underscores), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', name, value);
  writeStdout(EOL);
  issueCommand('set-output', { name }, value);
}

/** Values the main step hands its post step (read back there as STATE_<name>). */
export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) return issueFileCommand('STATE', name, value);
  issueCommand('save-state', { name }, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function setSecret(value: string): void {
  issueCommand('add-mask', {}, value);
}

export function info(message: string): void {
  writeStdout(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function notice(message: string, props: AnnotationProperties = {}): void {
  issueCommand('notice', annotationProps(props), message);
}

export function warning(message: string, props: AnnotationProperties = {}): void {
  issueCommand('warning', annotationProps(props), message);
}

export function error(message: string, props: AnnotationProperties = {}): void {
  issueCommand('error', annotationProps(props), message);
}

/** An error annotation, and the step's exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * Append Markdown to the job summary (a string, or parts written one after the other); throws
 * when the runner gave no summary file.
 */
export function appendSummary(markdown: string | Iterable<string>): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    );
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
    );
  }
  if (typeof markdown === 'string') appendFileSync(file, markdown, 'utf8');
  else for (const part of markdown) appendFileSync(file, part, 'utf8');
}
