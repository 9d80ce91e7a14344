import { sector, type SectorSource } from '../lib/documents/catalogue'
import { advancedTechnology } from './advanced-technology'
import { aviation } from './aviation'
import { defenceGovernment } from './defence-government'
import { infrastructureEnergy } from './infrastructure-energy'
import { securityResilience } from './security-resilience'
import { uavCounterUav } from './uav-counter-uav'
import { upstreamOilGas } from './upstream-oil-gas'

/** The sectors in the order the site lists them; the desk can reorder them later. */
export const sectors: SectorSource[] = [
  aviation,
  securityResilience,
  infrastructureEnergy,
  upstreamOilGas,
  uavCounterUav,
  advancedTechnology,
  defenceGovernment,
]

/**
 * The orderable document list keeps order in LexoRank strings, compared as plain text; evenly
 * spaced ranks ("0|100000:", "0|200000:", …) leave room to drop a sector between two others.
 */
export function orderRankAt(index: number): string {
  if (index < 0 || index > 8) throw new Error(`No evenly spaced rank for position ${index}`)
  return `0|${(index + 1) * 100000}:`
}

export const sectorDocuments = () => sectors.map((source, i) => sector(source, orderRankAt(i)))
