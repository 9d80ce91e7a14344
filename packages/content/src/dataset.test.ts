import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  type BadLine,
  parseNdjson,
  readNdjson,
  SEED_DATASET_PATH,
  seedDataset,
  toNdjson,
  writeAtomically,
  writeNdjson,
} from './dataset'

const REPOSITORY = path.resolve(import.meta.dirname, '..', '..', '..')

describe('NDJSON datasets', () => {
  it('writes one document a line, ending with a newline, and reads it back', () => {
    const documents = [
      { _id: 'a', _type: 'home' },
      { _id: 'b', _type: 'article', title: 'Ünïcode </script>' },
    ]
    expect(toNdjson(documents.slice(0, 1))).toBe('{"_id":"a","_type":"home"}\n')
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dataset-')), 'data.ndjson')
    writeNdjson(file, documents)
    expect(readNdjson(file)).toEqual(documents)
    // Replaced in one rename: nothing half-written is left beside it.
    expect(readdirSync(path.dirname(file))).toEqual(['data.ndjson'])
  })

  it('writes a file from chunks, one after another', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dataset-')), 'data.ndjson')
    writeAtomically(file, [
      Buffer.from('{"_id":"a",'),
      Buffer.alloc(0),
      Buffer.from('"_type":"x"}\n'),
    ])
    expect(readNdjson(file)).toEqual([{ _id: 'a', _type: 'x' }])
    expect(readdirSync(path.dirname(file))).toEqual(['data.ndjson'])
  })

  it('skips blank lines and stops at a bad one, naming the file and line', () => {
    expect(parseNdjson('\n{"_id":"a","_type":"x"}\n\n', 'f')).toHaveLength(1)
    expect(() => parseNdjson('{"_id":"a","_type":"x"}\n{"_id":', 'f.ndjson')).toThrow(
      'f.ndjson:2 is not valid JSON',
    )
    expect(() => parseNdjson('{"title":"no id"}', 'f.ndjson')).toThrow(
      'f.ndjson:1 is not a document (no _id or _type)',
    )
  })

  it('hands a bad line to the caller instead, when asked, and keeps the rest', () => {
    const bad: BadLine[] = []
    const text = '{"_id":"a","_type":"x"}\nnot json\n[1]\n{"_id":"b","_type":"x"}'
    expect(parseNdjson(text, 'f', (line) => bad.push(line)).map((doc) => doc._id)).toEqual([
      'a',
      'b',
    ])
    expect(bad.map(({ line, problem }) => `${line} ${problem}`)).toEqual([
      '2 is not valid JSON',
      '3 is not a document (no _id or _type)',
    ])
  })

  it('knows where the seed is', () => {
    expect(SEED_DATASET_PATH).toBe('studio/seed/production.ndjson')
    const seed = readNdjson(seedDataset(REPOSITORY))
    expect(seed.find((doc) => doc._type === 'siteSettings')).toBeDefined()
    expect(readFileSync(seedDataset(REPOSITORY), 'utf8')).toBe(toNdjson(seed))
  })
})
