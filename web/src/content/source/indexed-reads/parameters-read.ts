import type { ExprNode } from 'groq-js'

/** The names of the parameters a query tree still reads. */
export function parametersRead(tree: ExprNode): Set<string> {
  const names = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (typeof node !== 'object' || node === null) return
    const { type, name } = node as { type?: unknown; name?: unknown }
    // A value is data, not query: nothing inside it is read as a node.
    if (type === 'Value') return
    if (type === 'Parameter' && typeof name === 'string') names.add(name)
    Object.values(node).forEach(visit)
  }
  visit(tree)
  return names
}
