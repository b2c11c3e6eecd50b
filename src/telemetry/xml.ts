/**
 * XML test and coverage reports read safely and in one streaming pass: the bytes through the one
 * file reader (regular file, size limit), then saxes (a strict XML 1.0 SAX parser: any
 * well-formedness error stops it, with line and column). Entity declarations are refused before
 * parsing — JUnit and Cobertura reports never declare entities, and a document that does is either
 * not a report or a "billion laughs" bomb; saxes itself expands only XML's predefined entities and
 * character references, never a DTD's. Nothing is built but what the caller keeps: the callbacks
 * see each element's name and attributes as it opens and closes, so memory does not grow with the
 * number of elements.
 */
import { SaxesParser } from 'saxes';
import { GateError } from '../core/errors.js';
import { readRegularTextFile } from '../core/read-file.js';

/** Largest report read: far above any real JUnit or coverage file of one job. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Deepest element nesting accepted; real reports nest under ten levels. */
export const MAX_XML_DEPTH = 256;

export interface XmlVisitor {
  /** `path` holds the names of the open ancestors (root first), without this element. */
  open(name: string, attrs: Readonly<Record<string, string>>, path: readonly string[]): void;
  close?(name: string, path: readonly string[]): void;
}

/** Parse XML text through `visitor`; returns the root element's name. */
export function scanXml(text: string, what: string, visitor: XmlVisitor): string {
  if (/<!ENTITY/i.test(text)) {
    throw new GateError(
      `${what} declares XML entities (<!ENTITY …>); test and coverage reports never do, and entity expansion is refused (a "billion laughs" document would expand without bound)`,
      'Pass the report the test tool wrote, unmodified.'
    );
  }
  const parser = new SaxesParser({ position: true });
  const path: string[] = [];
  let root: string | undefined;
  parser.on('error', (err) => {
    throw new GateError(
      `${what} is not well-formed XML: ${err.message}`,
      'Pass the complete report the tool wrote (a truncated or hand-edited file is refused).',
      undefined,
      parser.line
    );
  });
  parser.on('opentag', (tag) => {
    if (path.length >= MAX_XML_DEPTH)
      throw new GateError(
        `${what}: elements nested more than ${MAX_XML_DEPTH} deep`,
        'Pass the report the tool wrote.'
      );
    root ??= tag.name;
    visitor.open(tag.name, tag.attributes as Record<string, string>, path);
    path.push(tag.name);
  });
  parser.on('closetag', (tag) => {
    path.pop();
    visitor.close?.(tag.name, path);
  });
  parser.write(text).close();
  if (root === undefined)
    throw new GateError(`${what} has no root element`, 'Pass one report per file.');
  return root;
}

export function readXmlText(file: string, what: string): string {
  return readRegularTextFile(file, { maxBytes: MAX_REPORT_BYTES, what });
}
