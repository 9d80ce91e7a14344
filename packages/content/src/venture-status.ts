/** Where a venture stands; the site shows the title as a label on the venture's card and page. */
export const VENTURE_STATUSES = [
  { value: 'active', title: 'Active' },
  { value: 'in-development', title: 'In development' },
  { value: 'partnership', title: 'Partnership' },
  { value: 'concluded', title: 'Concluded' },
] as const

export type VentureStatus = (typeof VENTURE_STATUSES)[number]['value']

export const VENTURE_STATUS_VALUES = VENTURE_STATUSES.map(({ value }) => value) as [
  VentureStatus,
  ...VentureStatus[],
]

export function ventureStatusTitle(value: unknown): string | undefined {
  return VENTURE_STATUSES.find((status) => status.value === value)?.title
}
