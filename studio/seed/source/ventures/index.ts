import { venture, type VentureSource } from '../lib/documents/catalogue'
import { aviationTrainingAssurance } from './aviation-training-assurance'
import { governedExploitation } from './governed-exploitation-layer'
import { itOtCoordination } from './it-ot-security-coordination'
import { layeredCounterUav } from './layered-counter-uav-integration'
import { upstreamPartnership } from './upstream-resilience-partnership'

/** The firm's ventures and platforms, active ones first. */
export const ventures: VentureSource[] = [
  aviationTrainingAssurance,
  itOtCoordination,
  upstreamPartnership,
  layeredCounterUav,
  governedExploitation,
]

export const ventureDocuments = () => ventures.map(venture)
