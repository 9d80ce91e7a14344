import type { ExprNode } from 'groq-js'

/** What a filter's conditions pin down, each of which every match must satisfy. */
export interface Narrowing {
  types?: string[]
  id?: string
  slug?: string
}

const isField = (node: ExprNode, name: string) =>
  node.type === 'AccessAttribute' && node.name === name && node.base === undefined

const isSlugCurrent = (node: ExprNode) =>
  node.type === 'AccessAttribute' &&
  node.name === 'current' &&
  node.base !== undefined &&
  isField(node.base, 'slug')

/** The conditions joined by `&&` at the top of a filter: each one must hold for a match. */
function conjuncts(expr: ExprNode): ExprNode[] {
  if (expr.type === 'And') return [...conjuncts(expr.left), ...conjuncts(expr.right)]
  if (expr.type === 'Group') return conjuncts(expr.base)
  return [expr]
}

function stringValue(node: ExprNode): string | undefined {
  return node.type === 'Value' && typeof node.value === 'string' ? node.value : undefined
}

function stringList(node: ExprNode): string[] | undefined {
  if (node.type === 'Value' && Array.isArray(node.value))
    return node.value.every((item) => typeof item === 'string') ? node.value : undefined
  if (node.type !== 'Array') return undefined
  const values = node.elements.map((element) =>
    element.isSplat ? undefined : stringValue(element.value),
  )
  return values.every((value) => value !== undefined) ? (values as string[]) : undefined
}

/**
 * Which documents a filter can only match, read from its `_type == "…"`, `_type in [...]`,
 * `_id == "…"` and `slug.current == "…"` conditions (parameters are already values in the
 * parsed tree). Anything else is left to groq-js, which still evaluates the whole filter.
 */
export function narrowingOf(expr: ExprNode): Narrowing {
  const narrowing: Narrowing = {}
  for (const condition of conjuncts(expr)) {
    if (condition.type === 'OpCall' && condition.op === '==') {
      const value = stringValue(condition.right)
      if (value === undefined) continue
      if (isField(condition.left, '_type')) narrowing.types = [value]
      else if (isField(condition.left, '_id')) narrowing.id = value
      else if (isSlugCurrent(condition.left)) narrowing.slug = value
    } else if (condition.type === 'OpCall' && condition.op === 'in') {
      const values = stringList(condition.right)
      if (values && isField(condition.left, '_type') && !narrowing.types) narrowing.types = values
    }
  }
  return narrowing
}
