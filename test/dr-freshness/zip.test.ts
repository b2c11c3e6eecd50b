import { describe, expect, it } from '@jest/globals';
import { readZipText } from '../../src/drill/artifact-zip.js';
import { buildZip } from './zip.js';

const EVIDENCE = JSON.stringify({
  drill: {
    last_success_rfc3339: '2026-11-20T03:00:00Z',
    type: 'restore',
    rpo_s: 1,
    rto_s: 2,
    result: 'pass'
  }
});
const limits = { maxEntries: 10, maxEntryBytes: 64 * 1024 };

describe('readZipText (bounded artifact reading)', () => {
  it("reads the archive's only .json file, deflated or stored", async () => {
    for (const store of [false, true]) {
      const zip = buildZip([
        { name: 'logs/drill.log', data: 'ok\n' },
        { name: 'drill-evidence.json', data: EVIDENCE, store }
      ]);
      const r = await readZipText(zip, undefined, limits);
      expect(r.name).toBe('drill-evidence.json');
      expect(JSON.parse(r.text)).toEqual(JSON.parse(EVIDENCE));
      expect(r.files).toEqual(['logs/drill.log', 'drill-evidence.json']);
    }
  });

  it('reads a named file, ignoring a leading ./', async () => {
    const zip = buildZip([
      { name: 'a.json', data: '{}' },
      { name: 'out/evidence.json', data: EVIDENCE }
    ]);
    expect((await readZipText(zip, './out/evidence.json', limits)).name).toBe('out/evidence.json');
    await expect(readZipText(zip, undefined, limits)).rejects.toThrow(
      'expected exactly one .json file in the archive, found 2 (a.json, out/evidence.json)'
    );
    await expect(readZipText(zip, 'missing.json', limits)).rejects.toThrow(
      "no file 'missing.json' in the archive; it holds: a.json, out/evidence.json"
    );
  });

  it('refuses a zip bomb by its declared size', async () => {
    const zip = buildZip([{ name: 'e.json', data: Buffer.alloc(200 * 1024, 0x20) }]);
    await expect(readZipText(zip, undefined, limits)).rejects.toThrow(
      'e.json is 204800 bytes; at most 65536 are read'
    );
  });

  it('refuses an entry whose header lies about its size', async () => {
    const zip = buildZip([
      { name: 'e.json', data: Buffer.alloc(200 * 1024, 0x20), declaredSize: 100 }
    ]);
    await expect(readZipText(zip, undefined, limits)).rejects.toThrow(/e\.json/);
  });

  it('refuses too many entries', async () => {
    const zip = buildZip(Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' })));
    await expect(readZipText(zip, undefined, limits)).rejects.toThrow(
      'the archive holds 11 entries; at most 10 are read'
    );
  });

  it('turns garbage and truncated archives into errors, not crashes', async () => {
    await expect(
      readZipText(Buffer.from('<html>not a zip</html>'), undefined, limits)
    ).rejects.toThrow('not a readable zip archive');
    const zip = buildZip([{ name: 'e.json', data: EVIDENCE }]);
    await expect(readZipText(zip.subarray(0, zip.length - 30), undefined, limits)).rejects.toThrow(
      /zip/
    );
    const corrupt = Buffer.from(zip);
    corrupt.fill(0xff, 40, 60); // inside the deflate stream
    await expect(readZipText(corrupt, undefined, limits)).rejects.toThrow(/e\.json/);
  });
});
