/** A layer of configuration and where each of its keys stands (no parser or validator loaded). */

export interface Position {
  line: number;
  column: number;
}

export interface ConfigDocument {
  /** Where it came from, as shown to people: `.ci-intel/config.yml`, `org acme/policy@<sha>:ci.yml`. */
  label: string;
  /** The file path, for annotations (repository-relative where possible). */
  file: string;
  value: Record<string, unknown>;
  /** JSON pointer → position of the key (or of the value for the root). */
  positions: Map<string, Position>;
}

/** The position of a pointer, or of its nearest ancestor that has one. */
export function positionOf(doc: ConfigDocument, pointer: string): Position {
  let p = pointer;
  for (;;) {
    const hit = doc.positions.get(p);
    if (hit) return hit;
    if (p === '') return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}
