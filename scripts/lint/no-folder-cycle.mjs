// An ESLint rule: no two folders of web/src depend on each other, however long the way round.
// import/no-cycle sees cycles between files only; folders can import each other through files
// that never form one (a imports b/x, b/y imports a), and then neither folder stands alone.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

/** The folder of web/src a file or import target lies in, if it lies in one. */
function folderOf(srcDir, file) {
  const [first, ...rest] = path.relative(srcDir, file).split(path.sep)
  return rest.length > 0 && first !== '..' ? first : undefined
}

function targetOf(srcDir, file, specifier) {
  if (specifier.startsWith('@/')) return path.join(srcDir, specifier.slice(2))
  if (specifier.startsWith('.')) return path.resolve(path.dirname(file), specifier)
  return undefined
}

/** Which folders each folder's source files import (tests aside: nothing loads them). */
function folderGraph(srcDir) {
  const graph = new Map()
  const visit = (dir) => {
    for (const entry of readdirSync(dir)) {
      const file = path.join(dir, entry)
      if (statSync(file).isDirectory()) visit(file)
      else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) {
        const from = folderOf(srcDir, file)
        if (!from) continue
        for (const [, a, b] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
          const target = targetOf(srcDir, file, a ?? b)
          const to = target && folderOf(srcDir, target)
          if (to && to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to))
        }
      }
    }
  }
  visit(srcDir)
  return graph
}

/** A way from `start` back to `goal` through the graph, as folder names, or undefined. */
function wayBack(graph, start, goal, seen = new Set()) {
  if (start === goal) return [goal]
  seen.add(start)
  for (const next of graph.get(start) ?? []) {
    if (seen.has(next)) continue
    const way = wayBack(graph, next, goal, seen)
    if (way) return [start, ...way]
  }
  return undefined
}

const graphs = new Map()

export default {
  rules: {
    'no-folder-cycle': {
      meta: {
        type: 'problem',
        schema: [
          {
            type: 'object',
            properties: {
              srcDir: { type: 'string' },
              allow: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
            },
          },
        ],
      },
      create(context) {
        const { srcDir, allow = [] } = context.options[0]
        const file = context.filename
        const from = folderOf(srcDir, file)
        if (!from) return {}
        if (!graphs.has(srcDir)) graphs.set(srcDir, folderGraph(srcDir))
        const graph = graphs.get(srcDir)
        const allowed = (a, b) =>
          allow.some(([x, y]) => (x === a && y === b) || (x === b && y === a))
        const check = (node) => {
          const target = node.source && targetOf(srcDir, file, String(node.source.value))
          const to = target && folderOf(srcDir, target)
          if (!to || to === from || allowed(from, to)) return
          const way = wayBack(graph, to, from)
          if (way) {
            const message = `web/src/${from} imports ${to}, which leads back: ${[from, ...way].join(' → ')}`
            context.report({ node, message })
          }
        }
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        }
      },
    },
  },
}
