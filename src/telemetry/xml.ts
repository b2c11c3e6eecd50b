/**
 * XML test and coverage reports read safely: the bytes through the one file reader (regular file,
 * size limit), well-formedness checked by fast-xml-parser's validator, and entity declarations
 * refused before any parsing — JUnit and Cobertura reports never declare entities, and a document
 * that does is either not a report or a "billion laughs" bomb. Only fixed replacements are
 * expanded — XML's five predefined entities, HTML's named ones (`&nbsp;`) and character references
 * (`&#65;`) — with the parser's own expansion bounds as a second fence.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { GateError } from '../core/errors.js';
import { readRegularTextFile } from '../core/read-file.js';

/** An element: attributes in `$`, child elements by name (always arrays), text in `#text`. */
export interface XmlElement {
  $?: Record<string, string>;
  '#text'?: string;
  [child: string]: XmlElement[] | Record<string, string> | string | undefined;
}

export interface XmlDocument {
  /** The root element's name. */
  rootName: string;
  root: XmlElement;
}

/** Largest report read: far above any real JUnit or coverage file of one job. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '$',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
  htmlEntities: true,
  processEntities: {
    enabled: true,
    maxEntityCount: 0,
    maxTotalExpansions: 100_000,
    maxExpandedLength: 1_000_000
  },
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute
});

/** The child elements `name` of `el` (an empty list when there are none). */
export function children(el: XmlElement, name: string): XmlElement[] {
  const v = el[name];
  if (!Array.isArray(v)) return [];
  // `<skipped/>` parses to '' and `<failure>text</failure>` to 'text': elements all the same.
  return v.map((c) => (typeof c === 'object' && c !== null ? c : { '#text': String(c) }));
}

export function attr(el: XmlElement, name: string): string | undefined {
  return el.$?.[name];
}

/** Parse XML text (`what` names it in errors: "input 'junit' file reports/a.xml"). */
export function parseXml(text: string, what: string): XmlDocument {
  if (/<!ENTITY/i.test(text)) {
    throw new GateError(
      `${what} declares XML entities (<!ENTITY …>); test and coverage reports never do, and entity expansion is refused (a "billion laughs" document would expand without bound)`,
      'Pass the report the test tool wrote, unmodified.'
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new GateError(
      `${what} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
      'Pass the complete report the tool wrote (a truncated or hand-edited file is refused).',
      undefined,
      valid.err.line
    );
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new GateError(
      `${what} could not be parsed as XML: ${(err as Error).message}`,
      'Pass the complete report the tool wrote.'
    );
  }
  const roots = Object.entries(doc).filter(([k]) => !k.startsWith('?') && k !== '#text');
  if (roots.length !== 1 || !Array.isArray(roots[0][1]) || roots[0][1].length !== 1) {
    throw new GateError(`${what} has no single root element`, 'Pass one report per file.');
  }
  const [rootName, list] = roots[0] as [string, XmlElement[]];
  const root = children({ [rootName]: list }, rootName)[0];
  return { rootName, root };
}

export function readXmlFile(file: string, what: string): XmlDocument {
  return parseXml(readRegularTextFile(file, { maxBytes: MAX_REPORT_BYTES, what }), what);
}
